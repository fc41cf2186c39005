package cn.liaison.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account. Citizens and deputies have an {@code openid} (WeChat), staff and admins a
 * {@code username}. The phone is stored encrypted, with a keyed hash for look-ups.
 */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String openid;

    /** The official account's openid, for the H5 page signed in inside WeChat's browser. */
    @Column(name = "web_openid")
    public String webOpenid;

    public String unionid;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String nickname;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @Column(name = "phone_cipher")
    public String phoneCipher;

    @Column(name = "phone_hash")
    public String phoneHash;

    /** Comma-separated {@link Role} names; use {@link #roles()}. */
    @Column(name = "roles")
    String roleNames;

    /** The region a staff member may act in (null for admins, citizens and deputies). */
    @Column(name = "region_id")
    public Long regionId;

    public boolean disabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** When the password was last reset (the record of it; the sessions follow {@link #sessionGeneration}). */
    @Column(name = "sessions_valid_from")
    public Instant sessionsValidFrom;

    /** Counted up by a password reset: tokens and refresh families of an earlier generation are no longer honoured. */
    @Column(name = "session_generation")
    public int sessionGeneration;

    @Version
    public long version;

    public Set<Role> roles() {
        if (roleNames == null || roleNames.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roleNames.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoles(Set<Role> roles) {
        this.roleNames = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** May sign in and use its tokens. */
    public boolean isActive() {
        return !disabled && deletedAt == null;
    }

    /** Whether a session of this generation still stands (no password reset since it began). */
    public boolean honours(int generation) {
        return generation == sessionGeneration;
    }

    public boolean isStaffOrAdmin() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }
}
