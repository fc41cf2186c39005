package cn.liaison.suggestion;

/** How a department answered a suggestion, as congress offices class their answers. */
public enum ResultClass {
    A("已解决或采纳"), B("正在解决或列入计划解决"), C("因条件限制或其他原因暂不能解决");

    private final String label;

    ResultClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
