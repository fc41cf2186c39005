package cn.liaison.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.quarkus.security.PermissionsAllowed;

/**
 * For the county or township office: its staff, and admins, who may do whatever staff may.
 * <p>
 * Quarkus does not read {@code @RolesAllowed} on an annotation of ours, but it does read
 * {@code @PermissionsAllowed}, which {@link RoleGroups} grants by role; the contract, which would
 * not see the roles behind a permission, is told them by {@code @SecurityRequirement}.
 * {@code RolesInTheContractTests} holds the two together.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@PermissionsAllowed(RoleGroups.OFFICE)
@SecurityRequirement(name = "bearer", scopes = { Role.STAFF_NAME, Role.ADMIN_NAME })
public @interface StaffOrAdmin {
}
