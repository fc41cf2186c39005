package cn.liaison.opinion;

/** What someone, or the deadline sweep, may do to an opinion; {@link OpinionLifecycle} says when and who. */
public enum OpinionAction {
    ACCEPT, REJECT, MERGE, ASSIGN, TRANSFER, REPLY, FOLLOW_UP, WITHDRAW, RATE, NOTE, REVEAL_PHONE, REISSUE_LOOKUP_CODE, EXTEND, PUBLISH,
    UNPUBLISH,
    /** Staff looked at an opinion the screen held for review and found nothing wrong. */
    CLEAR_FLAG,
    /** The system's: supervise (督办) an opinion whose deadline passed long ago. */
    SUPERVISE,
    /** The system's: close an answer nobody rated in time. */
    AUTO_CLOSE
}
