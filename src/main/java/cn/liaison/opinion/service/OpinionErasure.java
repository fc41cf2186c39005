package cn.liaison.opinion.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.board.Redaction;
import cn.liaison.identity.service.PersonalData;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What a deleted account leaves on its opinions (PIPL art. 47): the contact phone and its look-up
 * hash are erased, the name is taken off the board, and the name is taken out of the published
 * title, content and replies as an anonymous submitter's is. The opinions, their timelines and
 * their answers stay: the office's work and its figures do not vanish with the account.
 */
@ApplicationScoped
public class OpinionErasure implements PersonalData {

    private static final String PHONES_AND_AUTHOR = """
            update opinions set phone_cipher = null, phone_hash = null, public_author = null where submitter_id = :id""";
    private static final String OPINION_TEXT = """
            update opinions set public_title = replace(public_title, :name, :mask), public_content = replace(public_content, :name, :mask)
             where submitter_id = :id and published_at is not null""";
    private static final String REPLIES = """
            update opinion_replies r set public_content = replace(coalesce(r.public_content, r.content), :name, :mask)
              from opinions o
             where o.id = r.opinion_id and o.submitter_id = :id and o.published_at is not null""";

    @Override
    public Uni<Void> erase(long userId, String name) {
        Uni<Void> erased = Panache.getSession().chain(session -> session.createNativeQuery(PHONES_AND_AUTHOR)
                .setParameter("id", userId).executeUpdate()).replaceWithVoid();
        // A name of one character would be taken out of every word that holds it; Redaction skips those too.
        if (name == null || name.strip().length() < 2) {
            return erased;
        }
        return erased.chain(() -> withoutName(OPINION_TEXT, userId, name.strip()))
                .chain(() -> withoutName(REPLIES, userId, name.strip()));
    }

    private static Uni<Void> withoutName(String sql, long userId, String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql).setParameter("id", userId)
                .setParameter("name", name).setParameter("mask", Redaction.NAME_MASK).executeUpdate()).replaceWithVoid();
    }
}
