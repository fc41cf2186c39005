package cn.liaison.identity.service;

import java.time.Instant;

import cn.liaison.identity.Role;
import cn.liaison.identity.User;

/** A staff or admin account as admins see it. */
public record StaffAccount(Long id, String username, String displayName, Role role, Long regionId, boolean disabled,
        Instant createdAt) {

    public static StaffAccount of(User user) {
        return new StaffAccount(user.id, user.username, user.nickname, user.has(Role.ADMIN) ? Role.ADMIN : Role.STAFF,
                user.regionId, user.disabled, user.createdAt);
    }
}
