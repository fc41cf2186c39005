package cn.liaison.opinion.repository;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.DeputyActivity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Opinions a deputy first answered in a period: how many, the average working days from acceptance
 * to that answer (holidays counted by the calendar of the day), and the share of ratings that were
 * satisfied or basically so.
 */
@ApplicationScoped
public class AnswerFigures implements DeputyActivity.Answers {

    private static final String FIGURES = """
            select count(*), avg(o.reply_working_days)::float8,
                   (avg(case when o.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1.0 else 0.0 end)
                       filter (where o.rating is not null))::float8
              from opinions o where o.deputy_id = $1 and o.first_replied_at >= $2 and o.first_replied_at < $3""";

    private final Pool pool;

    public AnswerFigures(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<DeputyActivity.AnswerCounts> between(long deputyId, Instant from, Instant to) {
        return pool.preparedQuery(FIGURES).execute(Tuple.of(deputyId, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new DeputyActivity.AnswerCounts(r.getLong(0), r.getDouble(1), r.getDouble(2));
                });
    }
}
