package cn.liaison.opinion.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import cn.liaison.platform.persistence.PathMove;
import cn.liaison.opinion.Opinion;
import cn.liaison.platform.persistence.IdList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class OpinionRepository implements PanacheRepositoryBase<Opinion, Long> {

    /** The next number of the day, race-free across instances (one row per day, upserted). */
    public Uni<Integer> nextNumberOf(LocalDate day) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                insert into tracking_counters (day, last) values (:day, 1)
                on conflict (day) do update set last = tracking_counters.last + 1
                returning last""", Integer.class).setParameter("day", day).getSingleResult());
    }

    /** Whether the category exists and new opinions may still name it. */
    public Uni<Boolean> categoryActive(long id) {
        return exists("select count(*) from categories where id = :id and active", id);
    }

    /** Whether the department exists and opinions may still be transferred to it. */
    public Uni<Boolean> departmentActive(long id) {
        return exists("select count(*) from departments where id = :id and active", id);
    }

    /** Whether {@code submitterId} sent an opinion that was merged into {@code opinionId}. */
    public Uni<Boolean> mergedFrom(long submitterId, long opinionId) {
        return count("mergedIntoId = ?1 and submitterId = ?2", opinionId, submitterId).map(n -> n > 0);
    }

    /**
     * A count over a catalogue table, which no step writes, so it does not flush the session first as
     * Hibernate does before a native query: a transfer asks it after it changed the opinion, and that
     * flush moved the opinion's version twice in one step (once here, once at the step's own flush).
     */
    private static Uni<Boolean> exists(String count, long id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(count, Long.class).setParameter("id", id)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).map(n -> n > 0);
    }

    /** Records where photos were attached (to an opinion, or to one of its replies); in the caller's transaction. */
    public Uni<Void> attachPhotos(long opinionId, List<Long> photoIds, boolean inReply) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into opinion_photos (media_id, opinion_id, in_reply)
                select cast(p as bigint), :opinion, :reply from unnest(string_to_array(:ids, ',')) p
                on conflict do nothing""")
                .setParameter("opinion", opinionId).setParameter("reply", inReply).setParameter("ids", IdList.format(photoIds))
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * The first {@code most} opinions a photo is attached to, as (opinion id, in a reply); signed out
     * ({@code signedIn} false), only replies' photos, since only those can be public.
     */
    public Uni<List<Object[]>> photoPlaces(long mediaId, boolean signedIn, int most) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select opinion_id, in_reply from opinion_photos where media_id = :id and (in_reply or :signedIn)"
                        + " order by opinion_id limit " + most, Object[].class)
                .setParameter("id", mediaId).setParameter("signedIn", signedIn).getResultList());
    }

    /** Paths under {@code from} now begin with {@code to} (PathMove). */
    public Uni<Integer> followMove(String from, String to) {
        return update(PathMove.update(from), PathMove.arguments(from, to));
    }
}
