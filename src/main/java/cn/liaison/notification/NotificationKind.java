package cn.liaison.notification;

/**
 * Who hears what (SPEC §3): the citizen at each step, the deputy on assignment, staff and deputy on
 * supervision; and of deputy suggestions, the co-signers when invited, the lead deputy at each step,
 * staff when one is overdue or sent back, and the citizens whose opinions fed it.
 */
public enum NotificationKind {
    OPINION_ACCEPTED("已受理"),
    OPINION_REJECTED("不予受理"),
    OPINION_REPLIED("已答复"),
    OPINION_CLOSED("已办结"),
    OPINION_ASSIGNED("待答复"),
    OPINION_SUPERVISED("已督办"),
    /** To a deputy invited to co-sign (联名) a suggestion. */
    SUGGESTION_COSIGN("邀请联名"),
    SUGGESTION_ACCEPTED("已立案"),
    SUGGESTION_NOT_ACCEPTED("不予立案"),
    /** To the citizens whose opinions a suggestion grew from, when it is accepted. */
    SUGGESTION_FORMED("形成建议"),
    /** To the lead deputy and those citizens: every department answered. */
    SUGGESTION_ANSWERED("单位已答复"),
    /** To those citizens: the lead deputy rated the handling. */
    SUGGESTION_RATED("代表已测评"),
    /** To staff: the lead deputy was not satisfied, the departments handle it again. */
    SUGGESTION_REOPENED("重新办理"),
    /** To staff and the lead deputy: the deadline passed. */
    SUGGESTION_SUPERVISED("已督办");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** What happened, in at most five characters: it fills a template's {@code phrase} field. */
    public String label() {
        return label;
    }
}
