package cn.liaison.suggestion;

/** How someone stands to a suggestion. */
public enum SuggestionRole {
    LEAD_DEPUTY, COSIGNER, STAFF, ADMIN,
    /** The deadline sweep. */
    SYSTEM
}
