package cn.liaison.opinion;

/** Who acted on an opinion: its submitter, its assigned deputy, staff in scope, an admin, or the system. */
public enum ActorRole {
    SUBMITTER, ASSIGNED_DEPUTY, STAFF, ADMIN,
    /** The deadline sweep: supervision and closing unrated answers. */
    SYSTEM
}
