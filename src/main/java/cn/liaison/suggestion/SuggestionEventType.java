package cn.liaison.suggestion;

/** What an entry of a suggestion's timeline records; stored by name in {@code suggestion_events.type}. */
public enum SuggestionEventType {
    CREATED, EDITED, COSIGNED, COSIGN_DECLINED, SUBMITTED, WITHDRAWN, ACCEPTED, NOT_ACCEPTED, ASSIGNED, ANSWERED, EXTENDED,
    SUPERVISED, RATED, PUBLISHED, NOTE
}
