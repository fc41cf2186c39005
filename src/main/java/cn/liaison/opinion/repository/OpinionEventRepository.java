package cn.liaison.opinion.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionEventRepository implements PanacheRepositoryBase<OpinionEvent, Long> {

    public Uni<List<OpinionEvent>> timeline(long opinionId, boolean withInternal) {
        return withInternal
                ? list("opinionId = ?1 order by seq", opinionId)
                : list("opinionId = ?1 and visibility = 'PUBLIC' order by seq", opinionId);
    }

    /**
     * Takes the opinion's row lock ({@code for no key update}: it does not wait for the key-share locks
     * that inserting a reply or event referencing the opinion takes). Every step takes it first, before
     * it writes anything, so two writers of one opinion queue here in the same order instead of each
     * holding a lock the other needs (PostgreSQL's 40P01).
     */
    public Uni<Void> lock(long opinionId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select id from opinions where id = :id for no key update")
                        .setParameter("id", opinionId).getResultList())
                .replaceWithVoid();
    }

    /**
     * The sequence number the opinion's next event takes. It locks the opinion's row for the rest of
     * the transaction, so that two writers of one timeline (two staff revealing the phone at once,
     * say, which changes no version) take turns instead of both taking the same number.
     */
    public Uni<Integer> nextSeq(long opinionId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select id from opinions where id = :id for no key update")
                        .setParameter("id", opinionId).getResultList())
                .chain(() -> find("select max(seq) from OpinionEvent where opinionId = ?1", opinionId).project(Integer.class)
                        .<Integer>firstResult())
                .map(last -> last == null ? 1 : last + 1);
    }
}
