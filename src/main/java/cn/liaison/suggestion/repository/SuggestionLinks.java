package cn.liaison.suggestion.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.persistence.IdList;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import cn.liaison.platform.persistence.Sql;

/**
 * What a suggestion is tied to, in the caller's transaction: its co-signing deputies, the opinions
 * it grew from, the departments handling it; and where its photos are, for who may open them.
 */
@ApplicationScoped
public class SuggestionLinks {

    /** A deputy asked to co-sign, and their answer: INVITED, CONFIRMED or DECLINED. */
    public record Cosigner(long deputyId, String state, Instant respondedAt) {
    }

    /** A department handling the suggestion; {@code lead} for the 主办, the rest assist (协办). */
    public record Handler(long departmentId, boolean lead) {
    }

    public Uni<List<Cosigner>> cosigners(long suggestionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select deputy_id, state, responded_at from suggestion_cosigners where suggestion_id = :id order by deputy_id", Object[].class)
                .setParameter("id", suggestionId).getResultList())
                .map(rows -> rows.stream().map(r -> new Cosigner(((Number) r[0]).longValue(), (String) r[1], instant(r[2]))).toList());
    }

    /**
     * The co-signers become exactly {@code deputyIds}: those already asked keep their answer, new
     * ones are INVITED. Answers which deputies are newly invited.
     */
    public Uni<List<Long>> inviteExactly(long suggestionId, Collection<Long> deputyIds) {
        String ids = IdList.format(List.copyOf(deputyIds));
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                delete from suggestion_cosigners
                 where suggestion_id = :id and deputy_id <> all(cast(string_to_array(nullif(:ids, ''), ',') as bigint[]))""")
                .setParameter("id", suggestionId).setParameter("ids", ids).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into suggestion_cosigners (suggestion_id, deputy_id, state)
                        select :id, cast(d as bigint), 'INVITED' from unnest(string_to_array(nullif(:ids, ''), ',')) d
                        on conflict do nothing returning deputy_id""", Long.class)
                        .setParameter("id", suggestionId).setParameter("ids", ids).getResultList()));
    }

    /** Records a co-signer's answer; false when the deputy was not asked. */
    public Uni<Boolean> respond(long suggestionId, long deputyId, boolean confirmed, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update suggestion_cosigners set state = :state, responded_at = :now
                 where suggestion_id = :id and deputy_id = :deputy""")
                .setParameter("state", confirmed ? "CONFIRMED" : "DECLINED").setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("id", suggestionId).setParameter("deputy", deputyId).executeUpdate()).map(n -> n > 0);
    }

    /** Every co-signer is asked again (the text they agreed to changed); answers who had answered. */
    public Uni<List<Long>> askAgain(long suggestionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update suggestion_cosigners set state = 'INVITED', responded_at = null
                 where suggestion_id = :id and state <> 'INVITED' returning deputy_id""", Long.class)
                .setParameter("id", suggestionId).getResultList());
    }

    public Uni<List<Long>> sources(long suggestionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select opinion_id from suggestion_sources where suggestion_id = :id order by opinion_id", Long.class)
                .setParameter("id", suggestionId).getResultList());
    }

    /** The opinions it grew from become exactly {@code opinionIds}. */
    public Uni<Void> sourcesExactly(long suggestionId, Collection<Long> opinionIds) {
        String ids = IdList.format(List.copyOf(opinionIds));
        return Panache.getSession().chain(session -> session.createNativeQuery("delete from suggestion_sources where suggestion_id = :id")
                .setParameter("id", suggestionId).executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into suggestion_sources (suggestion_id, opinion_id)
                        select :id, cast(o as bigint) from unnest(string_to_array(nullif(:ids, ''), ',')) o on conflict do nothing""")
                        .setParameter("id", suggestionId).setParameter("ids", ids).executeUpdate()))
                .replaceWithVoid();
    }

    public Uni<List<Handler>> handlers(long suggestionId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select department_id, lead from suggestion_departments where suggestion_id = :id order by lead desc, department_id",
                Object[].class).setParameter("id", suggestionId).getResultList())
                .map(rows -> rows.stream().map(r -> new Handler(((Number) r[0]).longValue(), (Boolean) r[1])).toList());
    }

    public Uni<Void> assign(long suggestionId, long leadDepartmentId, Collection<Long> assisting) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into suggestion_departments (suggestion_id, department_id, lead)
                select cast(:id as bigint), cast(:lead as bigint), true
                union all
                select cast(:id as bigint), cast(d as bigint), false from unnest(string_to_array(nullif(:assisting, ''), ',')) d
                 where cast(d as bigint) <> cast(:lead as bigint)""")
                .setParameter("id", suggestionId).setParameter("lead", leadDepartmentId)
                .setParameter("assisting", IdList.format(List.copyOf(assisting))).executeUpdate()).replaceWithVoid();
    }

    /** Whether the photo is on a suggestion under {@code scopePrefix} ("" for anywhere), or on one of its answers. */
    public Uni<Boolean> holdsPhotoWithin(long mediaId, String scopePrefix) {
        return holds(mediaId, "s.submitted_at is not null and s.region_path like " + Sql.pathPrefix(scopePrefix), null);
    }

    /** Whether the photo is on a suggestion the deputy leads or was asked to co-sign, or on one of its answers. */
    public Uni<Boolean> holdsPhotoOfDeputy(long mediaId, long deputyId) {
        return holds(mediaId, "(s.lead_deputy_id = :deputy or exists (select 1 from suggestion_cosigners c"
                + " where c.suggestion_id = s.id and c.deputy_id = :deputy))", deputyId);
    }

    /** {@code whose} may name the parameter {@code :deputy}, bound to {@code deputyId}. */
    private static Uni<Boolean> holds(long mediaId, String whose, Long deputyId) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("""
                select count(*) from suggestions s
                 where %s
                   and (cast(:media as bigint) = any(cast(string_to_array(nullif(s.photo_ids, ''), ',') as bigint[]))
                        or exists (select 1 from suggestion_answers a where a.suggestion_id = s.id
                                      and cast(:media as bigint) = any(cast(string_to_array(nullif(a.attachment_ids, ''), ',') as bigint[]))))"""
                    .formatted(whose), Long.class).setParameter("media", mediaId);
            return (deputyId == null ? query : query.setParameter("deputy", deputyId)).getSingleResult();
        }).map(n -> n > 0);
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i : ((OffsetDateTime) value).toInstant();
    }
}
