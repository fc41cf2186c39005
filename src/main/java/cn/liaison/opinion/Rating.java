package cn.liaison.opinion;

public enum Rating {
    /** 满意 */ SATISFIED,
    /** 基本满意 */ BASICALLY_SATISFIED,
    /** 不满意 */ UNSATISFIED
}
