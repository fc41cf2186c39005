package cn.liaison.opinion.repository.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.BoardViews;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.Redaction;
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
 * trigrams). Only what the public sees on the board: published opinions, by their redacted public
 * title. An opinion not yet published never shows, however open or alike it is.
 */
@ApplicationScoped
public class SimilarOpinions {

    static final int SHOWN = 5;

    private static final String COLUMNS = "select o.id, o.tracking_no, coalesce(o.public_title, o.title) as title, o.state,"
            + " o.published_at is not null as published, o.support_count, similarity(coalesce(o.public_title, o.title), $1) as score";

    /**
     * At one station: its published opinions, nearest public title first, read in that order from
     * opinions_similar_at_station_idx (V12), whose condition this repeats.
     */
    static final String AT_STATION = nearest("""
            from opinions o
            where o.station_id = $2 and o.published_at is not null
              and o.public_title % $1 order by o.public_title <-> $1""");

    /** Everywhere: published opinions only, nearest public title first (opinions_similar_published_idx). */
    static final String ON_THE_BOARD = nearest("from opinions o where o.published_at is not null and o.public_title % $1 order by o.public_title <-> $1");

    /**
     * The searches pool: one plan per statement fits both, a slow one is stopped, and its connections
     * set the similarity threshold of % (application.properties).
     */
    private final Pool pool;

    public SimilarOpinions(@ReactiveDataSource(PlanReusingPool.SEARCHES) Pool pool) {
        this.pool = pool;
    }

    public Uni<List<BoardViews.Similar>> like(String text, Long stationId) {
        String probe = text.strip();
        return stationId == null ? pool.preparedQuery(ON_THE_BOARD).execute(Tuple.of(probe)).map(SimilarOpinions::views)
                : pool.preparedQuery(AT_STATION).execute(Tuple.of(probe, stationId)).map(SimilarOpinions::views);
    }

    /**
     * The {@value #SHOWN} nearest in the index's order, shown by score, newest first among equals. Which
     * of many equally near titles make the five is the index's choice: a tie-break by id in the inner
     * order would make PostgreSQL fetch and sort every title over the threshold again.
     */
    private static String nearest(String fromWhereOrder) {
        return "select * from (" + COLUMNS + " " + fromWhereOrder + " limit " + SHOWN + ") o order by o.score desc, o.id desc";
    }

    private static List<BoardViews.Similar> views(RowSet<Row> rows) {
        List<BoardViews.Similar> found = new ArrayList<>();
        rows.forEach(r -> found.add(new BoardViews.Similar(r.getLong("id"), r.getString("tracking_no"),
                Redaction.redact(r.getString("title"), List.of()), OpinionState.valueOf(r.getString("state")),
                r.getBoolean("published"), r.getInteger("support_count"), Math.round(r.getFloat("score") * 100) / 100.0)));
        return found;
    }
}
