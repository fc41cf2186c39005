package cn.liaison.board;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.PlanReusingPool;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Suggests opinions like the one a citizen is typing, so they can support it instead of writing a
 * duplicate: titles sharing enough character trigrams (pg_trgm, which also cuts Chinese text into
 * trigrams). Only what the public may see: published opinions, and open ones whose citizen
 * consented to publication, neither confidential nor anonymous, with the title redacted.
 */
@ApplicationScoped
public class SimilarOpinions {

    static final int SHOWN = 5;
    static final int CANDIDATES = 1000;
    /** Short Chinese titles share few trigrams; pg_trgm's default of 0.3 would miss most real duplicates. */
    static final String THRESHOLD = "0.2";

    private static final String COLUMNS = "select o.id, o.tracking_no, coalesce(o.public_title, o.title) as title, o.state,"
            + " o.published_at is not null as published, o.support_count, similarity(coalesce(o.public_title, o.title), $1) as score";

    /**
     * At one station: its latest opinions the public may see, each compared with the text. Common
     * words would make a trigram index return a large share of all opinions first; the latest
     * {@value #CANDIDATES} bound the work, and a duplicate is most likely among recent ones.
     */
    private static final String AT_STATION = COLUMNS + """
             from (select * from opinions o
                    where o.station_id = $2 and (o.published_at is not null
                          or (o.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED')
                              and o.consent_to_publish and not o.confidential and not o.anonymous))
                    order by o.id desc limit %d) o
            where similarity(o.title, $1) >= %s order by score desc, o.id desc limit %d""".formatted(CANDIDATES, THRESHOLD, SHOWN);

    /** Everywhere: published opinions only, found through the trigram index of their public titles. */
    private static final String ON_THE_BOARD = COLUMNS + """
             from opinions o where o.published_at is not null and o.public_title %% $1
            order by score desc, o.id desc limit %d""".formatted(SHOWN);

    /** The searches pool: one plan per statement fits both (candidates by id, the board by its index), and a slow one is stopped. */
    private final Pool pool;

    public SimilarOpinions(@ReactiveDataSource(PlanReusingPool.SEARCHES) Pool pool) {
        this.pool = pool;
    }

    public Uni<List<BoardViews.Similar>> like(String text, Long stationId) {
        String probe = text.strip();
        if (stationId != null) {
            return pool.preparedQuery(AT_STATION).execute(Tuple.of(probe, stationId)).map(SimilarOpinions::views);
        }
        // The threshold of % is set for this transaction only, so pooled connections keep the default.
        return pool.withTransaction(connection -> connection
                .query("select set_config('pg_trgm.similarity_threshold', '" + THRESHOLD + "', true)").execute()
                .chain(() -> connection.preparedQuery(ON_THE_BOARD).execute(Tuple.of(probe))))
                .map(SimilarOpinions::views);
    }

    private static List<BoardViews.Similar> views(RowSet<Row> rows) {
        List<BoardViews.Similar> found = new ArrayList<>();
        rows.forEach(r -> found.add(new BoardViews.Similar(r.getLong("id"), r.getString("tracking_no"),
                Redaction.redact(r.getString("title"), List.of()), OpinionState.valueOf(r.getString("state")),
                r.getBoolean("published"), r.getInteger("support_count"), Math.round(r.getFloat("score") * 100) / 100.0)));
        return found;
    }
}
