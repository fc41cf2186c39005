package cn.liaison.opinion;

/** How the caller stands to one opinion: its submitter, its assigned deputy, staff in scope, an admin. */
public enum ActorRole {
    SUBMITTER, ASSIGNED_DEPUTY, STAFF, ADMIN
}
