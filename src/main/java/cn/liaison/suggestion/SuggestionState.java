package cn.liaison.suggestion;

public enum SuggestionState {
    DRAFT("草稿"), SUBMITTED("待审查"), NOT_ACCEPTED("不予立案"), WITHDRAWN("已撤回"), ACCEPTED("已立案"), ASSIGNED("办理中"),
    ANSWERED("已答复"), CLOSED("已办结");

    private final String label;

    SuggestionState(String label) {
        this.label = label;
    }

    /** What staff read in the console: 已立案, not ACCEPTED. */
    public String label() {
        return label;
    }
}
