package cn.liaison.identity;

/** Roles, carried as JWT groups. */
public enum Role {
    CITIZEN, DEPUTY, STAFF, ADMIN;

    public static final String CITIZEN_NAME = "CITIZEN";
    public static final String DEPUTY_NAME = "DEPUTY";
    public static final String STAFF_NAME = "STAFF";
    public static final String ADMIN_NAME = "ADMIN";
}
