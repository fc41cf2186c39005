package cn.liaison.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.notification.InboxViews.Notification;
import cn.liaison.notification.InboxViews.Parked;
import cn.liaison.notification.InboxViews.UnreadCount;
import cn.liaison.notification.repository.Inbox;
import cn.liaison.platform.paging.Page;
import cn.liaison.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;

/**
 * A user's inbox and the admins' list of parked notifications. Each call is one statement on the
 * reactive pool, which commits it alone, so none needs a session or a transaction of its own.
 */
@ApplicationScoped
public class NotificationInbox {

    private final Inbox inbox;

    public NotificationInbox(Inbox inbox) {
        this.inbox = inbox;
    }

    public Uni<Page<Notification>> of(long userId, boolean unreadOnly, PageRequest page) {
        return inbox.of(userId, unreadOnly, page.cursor, page.limit);
    }

    public Uni<UnreadCount> unread(long userId) {
        return inbox.unread(userId);
    }

    /** Someone else's notification is not found; reading twice changes nothing. */
    public Uni<Notification> markRead(long userId, long id) {
        return inbox.markRead(userId, id);
    }

    public Uni<Void> markAllRead(long userId) {
        return inbox.markAllRead(userId);
    }

    public Uni<Page<Parked>> parked(PageRequest page) {
        return inbox.parked(page.cursor, page.limit);
    }

    /** Back in the outbox with fresh attempts; a notification that is not parked is not found. */
    public Uni<Parked> resend(long id) {
        return inbox.resend(id);
    }
}
