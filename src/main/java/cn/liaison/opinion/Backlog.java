package cn.liaison.opinion;

/** Opinions awaiting work now: how many, how many past their deadline, how many supervised. */
public record Backlog(long open, long overdue, long supervised) {

    public static final Backlog NONE = new Backlog(0, 0, 0);
}
