package cn.liaison.opinion;

public enum OpinionAction {
    ACCEPT, REJECT, MERGE, ASSIGN, TRANSFER, REPLY, FOLLOW_UP, WITHDRAW, RATE, NOTE, REVEAL_PHONE
}
