package cn.liaison.identity;

import java.util.Set;

/**
 * Who is calling, as the services need it: the account, its roles, and for staff the path of the
 * region they may act in. An object outside what the caller may see is reported as not found.
 */
public record Caller(long userId, Set<Role> roles, String regionPath) {

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }

    /** Staff act in their region and everything below it; admins everywhere; nobody else. */
    public boolean mayAdminister(String objectRegionPath) {
        if (isAdmin()) {
            return true;
        }
        return is(Role.STAFF) && regionPath != null && objectRegionPath != null && objectRegionPath.startsWith(regionPath);
    }

    /** The region prefix a staff list is limited to; null for admins (everything). */
    public String scopePrefix() {
        return isAdmin() ? null : regionPath == null ? "/nowhere/" : regionPath;
    }

    /**
     * The region prefix this caller oversees as an office: "" (everywhere) for an admin, the scope
     * for staff, null for anyone else.
     */
    public String officeScope() {
        return isAdmin() ? "" : is(Role.STAFF) && regionPath != null ? regionPath : null;
    }
}
