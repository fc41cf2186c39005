package cn.liaison.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.liaison.platform.config.LiaisonConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps {@code opinion_figures}: every few seconds one instance (an advisory lock decides which)
 * recounts the months, by submission, of the opinions changed since its last run. Runs overlap by
 * a minute, so a change committed late is still counted; recounting a whole month makes that safe.
 */
@ApplicationScoped
public class FiguresRollup {

    private static final Logger LOG = Logger.getLogger(FiguresRollup.class);
    private static final long LOCK = 0x5143_4649_4755L;
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private static final String RECOUNT = """
            with touched as (
                select distinct date_trunc('month', created_at at time zone $2)::date as month
                  from opinions where updated_at >= $1),
            cleared as (
                delete from opinion_figures where month in (select month from touched))
            insert into opinion_figures
            select t.month, o.station_id, coalesce(o.category_id, 0), o.region_path, count(*), count(o.accepted_at),
                   count(o.first_replied_at), count(*) filter (where o.replied_on_time), coalesce(sum(o.reply_working_days), 0),
                   count(*) filter (where o.rating = 'SATISFIED'), count(*) filter (where o.rating = 'BASICALLY_SATISFIED'),
                   count(*) filter (where o.rating = 'UNSATISFIED')
              from touched t join opinions o on o.created_at >= t.month::timestamp at time zone $2
                                            and o.created_at < (t.month + interval '1 month')::timestamp at time zone $2
             group by t.month, o.station_id, coalesce(o.category_id, 0), o.region_path""";

    private final Pool pool;
    private final LiaisonConfig config;
    private final Clock clock;

    public FiguresRollup(Pool pool, LiaisonConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${liaison.jobs.figures-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return recount().onFailure().invoke(e -> LOG.warnf("Figures rollup failed: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Recounts what changed; false when another instance is doing it right now. */
    public Uni<Boolean> recount() {
        Instant startedAt = Instant.now(clock);
        return pool.withTransaction(connection -> connection.preparedQuery("select pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(LOCK)).chain(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(false);
                    }
                    return connection.query("select counted_until from opinion_figures_runs where id = 1").execute()
                            .chain(runs -> {
                                Instant since = runs.size() == 0 ? Instant.EPOCH
                                        : runs.iterator().next().getOffsetDateTime(0).toInstant();
                                return connection.preparedQuery(RECOUNT)
                                        .execute(Tuple.of(since.atOffset(ZoneOffset.UTC), config.timeZone().getId()));
                            })
                            .chain(() -> connection.preparedQuery("insert into opinion_figures_runs (id, counted_until) values (1, $1)"
                                    + " on conflict (id) do update set counted_until = excluded.counted_until")
                                    .execute(Tuple.of(startedAt.minus(OVERLAP).atOffset(ZoneOffset.UTC))))
                            .replaceWith(true);
                }));
    }
}
