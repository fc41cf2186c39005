package cn.liaison.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Accounts;
import cn.liaison.notification.repository.NotificationRepository;
import io.smallrye.mutiny.Uni;

/**
 * Writes notifications into the outbox inside the caller's transaction, so a change and the news of
 * it commit or fail together. Callers say who hears what, in values; a deleted account hears nothing.
 */
@ApplicationScoped
public class Outbox {

    private final NotificationRepository notifications;
    private final Accounts accounts;

    public Outbox(NotificationRepository notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    public Uni<Void> send(long recipientId, Notice notice, Instant now) {
        return send(List.of(new Letter(recipientId, notice)), now);
    }

    /** Writes every letter whose recipient still has an account, in one statement. */
    public Uni<Void> send(Collection<Letter> letters, Instant now) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return accounts.reachable(letters.stream().map(Letter::recipientId).toList())
                .chain(reachable -> notifications.queue(letters.stream().filter(l -> reachable.contains(l.recipientId())).toList(), now));
    }
}
