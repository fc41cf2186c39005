package cn.liaison.identity.rest;

import java.time.OffsetDateTime;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.platform.time.ApiTime;

/** The signed-in user's own account, as they see it: their phone in full, since it is theirs. */
@Schema(name = "Account")
public record AccountView(
        Long id,
        Set<Role> roles,
        String nickname,
        String avatarUrl,
        @Schema(description = "The bound phone number, shown in full to its owner only") String phone,
        @Schema(description = "Staff and admins only") String username,
        @Schema(description = "Staff only: the region they act in") Long regionId,
        OffsetDateTime createdAt) {

    static AccountView of(User user, String phone) {
        return new AccountView(user.id, user.roles(), user.nickname, user.avatarUrl, phone, user.username, user.regionId,
                ApiTime.of(user.createdAt));
    }
}
