package cn.liaison.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.platform.crypto.PasswordHasher;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.idempotency.Idempotency;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import cn.liaison.region.Regions;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Admins create staff accounts, set their region scope, disable them and reset their passwords. */
@ApplicationScoped
public class StaffAdministration {

    private final UserRepository users;
    private final Regions regions;
    private final PasswordHasher passwords;
    private final Idempotency idempotency;
    private final AccountStatuses statuses;
    private final Clock clock;

    public StaffAdministration(UserRepository users, Regions regions, PasswordHasher passwords,
            Idempotency idempotency, AccountStatuses statuses, Clock clock) {
        this.users = users;
        this.regions = regions;
        this.passwords = passwords;
        this.idempotency = idempotency;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Hashes first, so that the transaction is not held open for the slow hash. */
    public Uni<Idempotency.Outcome<StaffAccount>> create(long adminId, String idempotencyKey, @Valid NewStaff staff) {
        if (staff.role() != Role.STAFF && staff.role() != Role.ADMIN) {
            return Uni.createFrom().failure(ApiException.invalidField("role", "field.role"));
        }
        if (staff.role() == Role.STAFF && staff.regionId() == null) {
            return Uni.createFrom().failure(ApiException.invalidField("regionId", "field.region-required"));
        }
        return passwords.hash(staff.password())
                .chain(hash -> insert(adminId, idempotencyKey, staff, hash));
    }

    @WithTransaction
    Uni<Idempotency.Outcome<StaffAccount>> insert(long adminId, String idempotencyKey, NewStaff staff, String hash) {
        NewStaff withoutPassword = new NewStaff(staff.username(), staff.displayName(), "", staff.role(), staff.regionId());
        return idempotency.once("staff:" + adminId, idempotencyKey, withoutPassword, StaffAccount.class,
                () -> requireRegion(staff.regionId())
                        .chain(() -> users.findByUsername(staff.username()))
                        .chain(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().failure(new ApiException(ErrorCode.USERNAME_TAKEN));
                            }
                            User user = new User();
                            user.username = staff.username();
                            user.nickname = staff.displayName();
                            user.passwordHash = hash;
                            user.setRoles(EnumSet.of(staff.role()));
                            user.regionId = staff.role() == Role.STAFF ? staff.regionId() : null;
                            user.createdAt = Instant.now(clock);
                            user.updatedAt = user.createdAt;
                            return users.persistAndFlush(user).map(StaffAccount::of);
                        }));
    }

    @WithSession
    public Uni<Page<StaffAccount>> list(String cursor, int limit) {
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return users.staffPage(after, limit + 1)
                .map(rows -> Page.of(rows, limit, StaffAccount::of, u -> Cursor.of(u.id)));
    }

    @WithSession
    public Uni<StaffAccount> show(long id) {
        return staff(id).map(StaffAccount::of);
    }

    @WithTransaction
    public Uni<StaffAccount> change(long id, @Valid StaffChange change) {
        return staff(id).call(user -> change.regionId() == null || !user.has(Role.STAFF)
                ? Uni.createFrom().voidItem() : requireRegion(change.regionId()))
                .map(user -> {
                    if (change.displayName() != null) {
                        user.nickname = change.displayName().strip();
                    }
                    if (change.regionId() != null && user.has(Role.STAFF)) {
                        user.regionId = change.regionId();
                    }
                    user.updatedAt = Instant.now(clock);
                    return StaffAccount.of(user);
                });
    }

    @WithTransaction
    public Uni<StaffAccount> setDisabled(long adminId, long id, boolean disabled) {
        if (adminId == id) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT));
        }
        return staff(id).map(user -> {
            user.disabled = disabled;
            user.updatedAt = Instant.now(clock);
            statuses.forget(id);
            return StaffAccount.of(user);
        });
    }

    /**
     * Sets a staff member's password and ends every session of the account. Not one's own: that
     * takes the current password (MyAccount.changePassword), so a stolen access token cannot keep
     * the account.
     */
    public Uni<StaffAccount> resetPassword(long adminId, long id, @Valid NewPassword password) {
        if (adminId == id) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT));
        }
        return passwords.hash(password.password()).chain(hash -> storePassword(id, hash));
    }

    @WithTransaction
    Uni<StaffAccount> storePassword(long id, String hash) {
        return staff(id).map(user -> {
            user.passwordHash = hash;
            user.updatedAt = Instant.now(clock);
            user.sessionsValidFrom = user.updatedAt;
            user.sessionGeneration++;
            statuses.forget(id);
            return StaffAccount.of(user);
        });
    }

    private Uni<User> staff(long id) {
        return users.findById(id).map(user -> {
            if (user == null || user.username == null) {
                throw ApiException.notFound();
            }
            return user;
        });
    }

    private Uni<Void> requireRegion(Long regionId) {
        if (regionId == null) {
            return Uni.createFrom().voidItem();
        }
        return regions.byId(regionId).map(region -> {
            if (region == null) {
                throw new ApiException(ErrorCode.UNKNOWN_REGION);
            }
            return null;
        }).replaceWithVoid();
    }
}
