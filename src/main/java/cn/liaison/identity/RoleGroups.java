package cn.liaison.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The groups of roles that resources name ({@link StaffOrAdmin}, {@link DeputyStaffOrAdmin}), as
 * permissions granted by the caller's roles. The checks answer a {@code Uni}, so Quarkus runs them
 * where the request is, on the event loop, before the body is read.
 */
@ApplicationScoped
public class RoleGroups {

    public static final String OFFICE = "office";
    public static final String DEPUTY_OR_OFFICE = "deputy-or-office";

    @PermissionChecker(OFFICE)
    Uni<Boolean> office(SecurityIdentity identity) {
        return Uni.createFrom().item(isOffice(identity));
    }

    @PermissionChecker(DEPUTY_OR_OFFICE)
    Uni<Boolean> deputyOrOffice(SecurityIdentity identity) {
        return Uni.createFrom().item(identity.hasRole(Role.DEPUTY_NAME) || isOffice(identity));
    }

    private static boolean isOffice(SecurityIdentity identity) {
        return identity.hasRole(Role.STAFF_NAME) || identity.hasRole(Role.ADMIN_NAME);
    }
}
