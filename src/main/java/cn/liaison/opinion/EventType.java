package cn.liaison.opinion;

/** What an entry of an opinion's timeline records; stored by name in {@code opinion_events.type}. */
public enum EventType {
    /** The citizen sent it. */
    SUBMITTED,
    /** The screen held it for review (sensitive words, WeChat's content check). */
    FLAGGED,
    ACCEPT, REJECT, MERGE, ASSIGN, TRANSFER, REPLY, FOLLOW_UP, WITHDRAW, RATE, NOTE,
    /** Staff read the full phone number. */
    PHONE_REVEALED,
    REISSUE_LOOKUP_CODE, EXTEND, PUBLISH, UNPUBLISH,
    /** Staff reviewed a flagged opinion and released it. */
    FLAG_CLEARED,
    /** The sweep: the deadline passed long enough ago for supervision (督办). */
    SUPERVISED,
    /** The sweep: nobody rated the answer within the rating period. */
    AUTO_CLOSED,
    /** A deputy suggestion grew from it and was accepted (立案); the note names its number. */
    SUGGESTION_FORMED,
    /** Every department answered that suggestion; the note gives the result class. */
    SUGGESTION_ANSWERED,
    /** The lead deputy rated the handling of that suggestion. */
    SUGGESTION_RATED
}
