package cn.liaison.notification;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the in-app inbox shows of notifications: to their recipient, and to admins those parked. */
public final class InboxViews {

    private InboxViews() {
    }

    @Schema(name = "Notification")
    public record Notification(Long id, NotificationKind kind, @Schema(description = "What happened, as shown in a list") String label,
            @Schema(description = "The opinion it is about; null when it is about a deputy suggestion") Long opinionId,
            @Schema(description = "The deputy suggestion it is about, if it is") Long suggestionId,
            @Schema(description = "The opinion's tracking number, or the suggestion's number once it has one") String trackingNo,
            String title, String note,
            @Schema(description = "PENDING, DELIVERED or PARKED") String state,
            @Schema(description = "WECHAT_SUBSCRIBE when a subscribe message was sent, INBOX when it is only here") String channel,
            OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    /** For admins: a notification that could not be sent, with why. */
    @Schema(name = "ParkedNotification")
    public record Parked(Notification notification, int attempts, String lastError) {
    }

    public record UnreadCount(long unread) {
    }
}
