package cn.liaison.opinion;

public enum OpinionState {
    SUBMITTED("待受理"), ACCEPTED("已受理"), IN_PROGRESS("办理中"), REPLIED("已答复"), CLOSED("已办结"), REJECTED("不予受理"),
    MERGED("已合并"), WITHDRAWN("已撤回");

    private final String label;

    OpinionState(String label) {
        this.label = label;
    }

    /** What staff read in exports and the console: 已受理, not ACCEPTED. */
    public String label() {
        return label;
    }
}
