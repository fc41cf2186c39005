package cn.liaison.opinion;

public enum RejectReason {
    OUT_OF_SCOPE,
    /** 已进入诉讼/仲裁/复议 */ IN_LITIGATION,
    DUPLICATE, ABUSIVE, INSUFFICIENT_INFO, OTHER
}
