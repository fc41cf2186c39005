package cn.liaison.notification;

/** One notice for one account. */
public record Letter(long recipientId, Notice notice) {
}
