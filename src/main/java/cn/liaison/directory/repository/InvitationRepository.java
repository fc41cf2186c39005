package cn.liaison.directory.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Deputy invitation codes ({@code deputy_invitations}), kept as hashes; in the caller's transaction. */
@ApplicationScoped
public class InvitationRepository {

    /** Makes {@code codeHash} the deputy's one open invitation: an earlier unused one stops working. */
    public Uni<Void> replace(long deputyId, String codeHash, long createdBy, Instant expiresAt) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from deputy_invitations where deputy_id = :deputy and used_at is null")
                .setParameter("deputy", deputyId).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into deputy_invitations (code_hash, deputy_id, created_by, expires_at)
                        values (:hash, :deputy, :staff, :expires)""")
                        .setParameter("hash", codeHash).setParameter("deputy", deputyId)
                        .setParameter("staff", createdBy).setParameter("expires", expiresAt).executeUpdate()))
                .replaceWithVoid();
    }

    /** Spends an open, unexpired code: the deputy it was for, or null; of two spending one code at once, one wins. */
    public Uni<Long> spend(String codeHash, long userId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update deputy_invitations set used_at = :now, used_by = :user
                 where code_hash = :hash and used_at is null and expires_at > :now
                returning deputy_id""", Long.class)
                .setParameter("now", now).setParameter("user", userId).setParameter("hash", codeHash)
                .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }
}
