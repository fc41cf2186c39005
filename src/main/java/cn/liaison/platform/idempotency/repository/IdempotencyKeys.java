package cn.liaison.platform.idempotency.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The keys of idempotent creates and their answers ({@code idempotency_keys}), in the caller's transaction. */
@ApplicationScoped
public class IdempotencyKeys {

    /** A key as first used: the hash of its request and the answer it got (null while the create runs). */
    public record Stored(String requestHash, String answer) {
    }

    /** Claims the key for this request; false when an earlier request holds it. */
    public Uni<Boolean> claim(String scope, String key, String requestHash, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into idempotency_keys (scope, idem_key, request_hash, created_at)
                values (:scope, :key, :hash, :now) on conflict do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate()).map(claimed -> claimed == 1);
    }

    /** Keeps the answer with its key, after what made it is flushed. */
    public Uni<Void> answer(String scope, String key, String answer) {
        return Panache.getSession().chain(session -> session.flush()
                .chain(() -> session.createNativeQuery("update idempotency_keys set answer = :answer where scope = :scope and idem_key = :key")
                        .setParameter("answer", answer).setParameter("scope", scope).setParameter("key", key)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    public Uni<Stored> stored(String scope, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select request_hash, answer from idempotency_keys where scope = :scope and idem_key = :key", Object[].class)
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult())
                .map(row -> new Stored((String) row[0], (String) row[1]));
    }

    /** Forgets keys first used before {@code cutoff}, in a transaction of its own. */
    public Uni<Void> forgetBefore(Instant cutoff) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("delete from idempotency_keys where created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate()))
                .replaceWithVoid();
    }
}
