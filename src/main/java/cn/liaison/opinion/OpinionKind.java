package cn.liaison.opinion;

public enum OpinionKind {
    /** 意见建议 */ SUGGESTION,
    /** 求决 */ REQUEST,
    /** 咨询 */ CONSULTATION,
    /** 揭发控告 */ COMPLAINT,
    OTHER
}
