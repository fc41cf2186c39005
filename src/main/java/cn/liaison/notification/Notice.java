package cn.liaison.notification;

/** What happened to an opinion, as the notification's payload tells it; {@code note} may be null. */
public record Notice(NotificationKind kind, long opinionId, String trackingNo, String title, String state, String note) {
}
