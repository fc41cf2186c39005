package cn.liaison.notification;

/** Who hears what (SPEC §3): the citizen at each step, the deputy on assignment, staff and deputy on supervision. */
public enum NotificationKind {
    OPINION_ACCEPTED("已受理"),
    OPINION_REJECTED("不予受理"),
    OPINION_REPLIED("已答复"),
    OPINION_CLOSED("已办结"),
    OPINION_ASSIGNED("待答复"),
    OPINION_SUPERVISED("已督办");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** What happened, in at most five characters: it fills a template's {@code phrase} field. */
    public String label() {
        return label;
    }
}
