package cn.liaison.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;

import cn.liaison.identity.repository.UserRepository;
import cn.liaison.platform.crypto.PasswordHasher;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/**
 * Staff and admins change their own password with the current one, which a stolen access token
 * does not carry. Wrong current passwords are counted and locked like sign-ins (LoginLockout).
 * Every session ends, this one too: the console signs in again with the new password.
 */
@ApplicationScoped
public class OwnPassword {

    private static final String OWN_PASSWORD = "own-password-change";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final LoginLockout lockout;
    private final StaffAdministration staff;

    public OwnPassword(UserRepository users, PasswordHasher passwords, LoginLockout lockout, StaffAdministration staff) {
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.staff = staff;
    }

    public Uni<Void> change(long userId, @Valid ChangePassword change) {
        return users.findById(userId).chain(user -> {
            if (user == null || user.username == null) {
                return Uni.createFrom().failure(ApiException.notFound());
            }
            // Counted apart from sign-ins: a wrong current password locks only this way of changing it.
            return lockout.ensureOpen(user.username, OWN_PASSWORD)
                    .chain(() -> passwords.verify(change.currentPassword(), user.passwordHash))
                    .chain(matches -> matches
                            ? lockout.success(user.username, OWN_PASSWORD).chain(() -> passwords.hash(change.newPassword()))
                            : lockout.failure(user.username, OWN_PASSWORD).map(failure -> {
                                // A wrong current password is a field error, not a 401 that would sign the console out.
                                throw failure.code() == ErrorCode.ACCOUNT_LOCKED ? failure
                                        : ApiException.invalidField("currentPassword", "field.current-password");
                            }))
                    .chain(hash -> staff.storePassword(userId, hash))
                    .replaceWithVoid();
        });
    }
}
