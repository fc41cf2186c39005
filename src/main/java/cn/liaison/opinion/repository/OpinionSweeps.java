package cn.liaison.opinion.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.Rule;
import cn.liaison.opinion.ActorRole;
import cn.liaison.opinion.EventType;
import cn.liaison.opinion.OpinionLifecycle;
import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The deadline sweep's statements: each applies one system rule of {@link OpinionLifecycle} to a
 * batch, locking its rows with {@code FOR UPDATE SKIP LOCKED} (so instances running side by side
 * share the work), re-checking the condition, and writing each opinion's event in the same statement.
 */
@ApplicationScoped
public class OpinionSweeps {

    /** One opinion the sweep moved, with what its news needs. */
    public record Swept(long id, OpinionState state, Long deputyId, String regionPath, long submitterId, String trackingNo, String title) {
    }

    private static final String APPLY = """
            with due as (
                select id, state from opinions
                 where state in (%4$s) and %1$s <= :cutoff %2$s
                 order by %1$s limit :batch for update skip locked),
            moved as (
                update opinions o set %3$s, updated_at = :now, version = o.version + 1 from due
                 where o.id = due.id and o.state = due.state %2$s
                returning o.id, due.state as state_before, o.state, o.deputy_id, o.region_path, o.submitter_id, o.tracking_no, o.title),
            events as (
                insert into opinion_events (opinion_id, seq, type, state_before, state_after, actor_role, visibility, created_at)
                select m.id, coalesce((select max(e.seq) from opinion_events e where e.opinion_id = m.id), 0) + 1,
                       :event, m.state_before, m.state, 'SYSTEM', 'PUBLIC', :now from moved m)
            select id, state, deputy_id, region_path, submitter_id, tracking_no, title from moved""";

    /**
     * Opinions past {@code cutoff} by their deadline, not supervised yet: marked supervised. The
     * states are written into the text, so that opinions_supervise_idx (V4) serves the search.
     */
    public Uni<List<Swept>> supervise(Rule<OpinionState, ActorRole, EventType> rule, Instant cutoff, int batch, Instant now) {
        return apply(APPLY.formatted("due_at", "and supervised_at is null", "supervised_at = :now", Sql.literals(rule.from())),
                rule, cutoff, batch, now);
    }

    /** Answers given before {@code cutoff} and never rated: moved to the rule's state (opinions_unrated_idx, V4). */
    public Uni<List<Swept>> autoClose(Rule<OpinionState, ActorRole, EventType> rule, Instant cutoff, int batch, Instant now) {
        return apply(APPLY.formatted("replied_at", "", "state = '" + rule.target().name() + "', closed_at = :now", Sql.literals(rule.from())),
                rule, cutoff, batch, now);
    }

    private Uni<List<Swept>> apply(String statement, Rule<OpinionState, ActorRole, EventType> rule, Instant cutoff, int batch, Instant now) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement, Object[].class)
                    .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                    .setParameter("batch", batch)
                    .setParameter("now", now.atOffset(ZoneOffset.UTC))
                    .setParameter("event", rule.event().name());
            return query.getResultList();
        }).map(rows -> rows.stream().map(r -> new Swept(((Number) r[0]).longValue(), OpinionState.valueOf((String) r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).longValue(), (String) r[5],
                (String) r[6])).toList());
    }
}
