package cn.liaison.opinion;

public enum OpinionKind {
    SUGGESTION("意见建议"), REQUEST("求决"), CONSULTATION("咨询"), COMPLAINT("揭发控告"), OTHER("其他");

    private final String label;

    OpinionKind(String label) {
        this.label = label;
    }

    /** What staff read in exports and the console. */
    public String label() {
        return label;
    }
}
