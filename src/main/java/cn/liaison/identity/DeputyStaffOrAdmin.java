package cn.liaison.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.quarkus.security.PermissionsAllowed;

/**
 * For those who handle a case: deputies, and the office (staff and admins); which case each may see
 * is the service's to say. Like {@link StaffOrAdmin}, it says the roles twice, to the service and
 * to the contract.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@PermissionsAllowed(RoleGroups.DEPUTY_OR_OFFICE)
@SecurityRequirement(name = "bearer", scopes = { Role.DEPUTY_NAME, Role.STAFF_NAME, Role.ADMIN_NAME })
public @interface DeputyStaffOrAdmin {
}
