package cn.liaison.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.notification.Outbox;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Supervises (督办) opinions whose deadline passed {@code superviseAfter} working days ago and
 * closes answers nobody rated within the rating period. Every instance runs it: each batch locks
 * its rows with {@code FOR UPDATE SKIP LOCKED} and re-checks the condition, so each opinion is
 * handled once; the change, its event and its notifications are one statement, one transaction.
 */
@ApplicationScoped
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    static final int BATCH = 200;

    private static final String EVENT = """
            insert into opinion_events (opinion_id, seq, type, state_before, state_after, actor_role, visibility, created_at)
            select o.id, coalesce((select max(e.seq) from opinion_events e where e.opinion_id = o.id), 0) + 1,
                   '%s', %s, o.state, 'SYSTEM', 'PUBLIC', $3 from %s o""";

    private static final String NOTIFY = """
            insert into notifications (recipient_id, kind, opinion_id, payload, state, next_attempt_at, created_at)
            select %s, '%s', o.id, %s, 'PENDING', $3, $3 from %s""";

    private static final String PAYLOAD = Outbox.PAYLOAD.formatted("null::text");

    private static final String SUPERVISE = """
            with due as (
                select id from opinions
                 where supervised_at is null and state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') and due_at <= $1
                 order by due_at limit $2 for update skip locked),
            marked as (
                update opinions o set supervised_at = $3, updated_at = $3, version = o.version + 1 from due
                 where o.id = due.id and o.supervised_at is null
                returning o.id, o.state, o.deputy_id, o.region_path, o.tracking_no, o.title),
            events as (%s),
            to_deputy as (%s),
            to_staff as (%s)
            select count(*) from marked""".formatted(
            EVENT.formatted("SUPERVISED", "o.state", "marked"),
            NOTIFY.formatted("d.user_id", "OPINION_SUPERVISED", PAYLOAD, "marked o join deputies d on d.id = o.deputy_id where d.user_id is not null"),
            NOTIFY.formatted("s.id", "OPINION_SUPERVISED", PAYLOAD, "marked o cross join lateral (" + Outbox.RESPONSIBLE_STAFF.formatted("o.region_path") + ") s"));

    private static final String CLOSE_UNRATED = """
            with due as (
                select id from opinions where state = 'REPLIED' and replied_at <= $1
                 order by replied_at limit $2 for update skip locked),
            closed as (
                update opinions o set state = 'CLOSED', closed_at = $3, updated_at = $3, version = o.version + 1 from due
                 where o.id = due.id and o.state = 'REPLIED'
                returning o.id, o.state, o.submitter_id, o.tracking_no, o.title),
            events as (%s),
            to_citizen as (%s)
            select count(*) from closed""".formatted(
            EVENT.formatted("AUTO_CLOSED", "'REPLIED'", "closed"),
            NOTIFY.formatted("o.submitter_id", "OPINION_CLOSED", PAYLOAD,
                    "closed o join users u on u.id = o.submitter_id where u.deleted_at is null"));

    private final Pool pool;
    private final DeadlineRules rules;
    private final Clock clock;

    public DeadlineSweep(Pool pool, DeadlineRules rules, Clock clock) {
        this.pool = pool;
        this.rules = rules;
        this.clock = clock;
    }

    /** How many opinions one run supervised and closed. */
    public record Result(long supervised, long closed) {
    }

    @Scheduled(every = "${liaison.jobs.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(r -> {
            if (r.supervised() + r.closed() > 0) {
                LOG.infof("Deadline sweep: %d supervised, %d closed unrated", r.supervised(), r.closed());
            }
        }).onFailure().invoke(e -> LOG.warnf("Deadline sweep failed: %s", e.toString())).onFailure().recoverWithNull().replaceWithVoid();
    }

    public Uni<Result> run() {
        Instant now = Instant.now(clock);
        return batches(SUPERVISE, rules.supervisionCutoff(now), now, 0)
                .chain(supervised -> batches(CLOSE_UNRATED, now.minus(rules.ratingPeriod()), now, 0)
                        .map(closed -> new Result(supervised, closed)));
    }

    private Uni<Long> batches(String statement, Instant cutoff, Instant now, long done) {
        return pool.withTransaction(connection -> connection.preparedQuery(statement)
                .execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC), BATCH, now.atOffset(ZoneOffset.UTC))))
                .map(rows -> rows.iterator().next().getLong(0))
                .chain(count -> count < BATCH ? Uni.createFrom().item(done + count) : batches(statement, cutoff, now, done + count));
    }
}
