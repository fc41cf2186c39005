package cn.liaison.suggestion;

/** What someone, or the deadline sweep, may do to a suggestion; {@link SuggestionLifecycle} says when and who. */
public enum SuggestionAction {
    EDIT, COSIGN, DECLINE_COSIGN, SUBMIT, WITHDRAW,
    ACCEPT,
    /** 不予立案, with a reason the deputy reads. */
    NOT_ACCEPT,
    /** 交办: to a lead department and any assisting ones, with the supervising leader if one is named. */
    ASSIGN,
    /** A department's written answer, recorded by staff. */
    ANSWER, EXTEND, SUPERVISE, RATE, PUBLISH, NOTE,
    /** The system's: supervise (督办) a suggestion whose deadline passed. */
    SWEEP_SUPERVISE
}
