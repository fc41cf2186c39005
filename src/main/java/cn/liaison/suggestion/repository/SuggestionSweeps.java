package cn.liaison.suggestion.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.casework.Rule;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.suggestion.SuggestionEventType;
import cn.liaison.suggestion.SuggestionRole;
import cn.liaison.suggestion.SuggestionState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sweep's statement for suggestions: marks a batch of assigned suggestions whose deadline passed
 * before {@code cutoff} as supervised, locking the rows with {@code FOR UPDATE SKIP LOCKED} so that
 * instances share the work, and writes each one's event in the same statement.
 */
@ApplicationScoped
public class SuggestionSweeps {

    /** One suggestion the sweep supervised, with what its news needs. */
    public record Swept(long id, String number, String title, long leadDeputyId, String regionPath) {
    }

    /** The states are written into the text, so that suggestions_supervise_idx (V18) serves the search. */
    private static final String SUPERVISE = """
            with due as (
                select id, state from suggestions
                 where state in (%s) and supervised_at is null and due_at <= :cutoff
                 order by due_at limit :batch for update skip locked),
            moved as (
                update suggestions s set supervised_at = :now, updated_at = :now, version = s.version + 1 from due
                 where s.id = due.id and s.state = due.state and s.supervised_at is null
                returning s.id, s.state, s.number, s.title, s.lead_deputy_id, s.region_path),
            events as (
                insert into suggestion_events (suggestion_id, seq, type, state_before, state_after, actor_role, visibility, created_at)
                select m.id, coalesce((select max(e.seq) from suggestion_events e where e.suggestion_id = m.id), 0) + 1,
                       :event, m.state, m.state, 'SYSTEM', 'PUBLIC', :now from moved m)
            select id, number, title, lead_deputy_id, region_path from moved""";

    public Uni<List<Swept>> supervise(Rule<SuggestionState, SuggestionRole, SuggestionEventType> rule, Instant cutoff, int batch, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SUPERVISE.formatted(Sql.literals(rule.from())), Object[].class)
                .setParameter("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .setParameter("batch", batch)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("event", rule.event().name())
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Swept(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue(), (String) r[4])).toList());
    }
}
