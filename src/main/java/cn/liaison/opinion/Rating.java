package cn.liaison.opinion;

public enum Rating {
    SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** What staff read in exports and the console. */
    public String label() {
        return label;
    }
}
