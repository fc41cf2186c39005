package cn.liaison.opinion;

public enum OpinionState {
    SUBMITTED, ACCEPTED, IN_PROGRESS, REPLIED, CLOSED, REJECTED, MERGED, WITHDRAWN
}
