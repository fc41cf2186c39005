package cn.liaison.notification;

/**
 * What happened, as the notification's payload tells it: to an opinion, or to a deputy suggestion
 * (then {@code trackingNo} is its number, or null before it has one); {@code note} may be null.
 */
public record Notice(NotificationKind kind, Long opinionId, Long suggestionId, String trackingNo, String title, String state, String note) {

    public Notice(NotificationKind kind, long opinionId, String trackingNo, String title, String state, String note) {
        this(kind, opinionId, null, trackingNo, title, state, note);
    }

    public static Notice ofSuggestion(NotificationKind kind, long suggestionId, String number, String title, String state, String note) {
        return new Notice(kind, null, suggestionId, number, title, state, note);
    }
}
