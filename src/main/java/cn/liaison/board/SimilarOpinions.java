package cn.liaison.board;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

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
    private static final String SELECT = "select o.id, o.tracking_no, coalesce(o.public_title, o.title) as title, o.state,"
            + " o.published_at is not null as published, o.support_count, similarity(coalesce(o.public_title, o.title), ?) as score"
            + " from opinions o where";
    private static final String VISIBLE = "(o.published_at is not null or (o.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED')"
            + " and o.consent_to_publish and not o.confidential and not o.anonymous))";
    /** Short Chinese titles share few trigrams; pg_trgm's default of 0.3 would miss most real duplicates. */
    static final String THRESHOLD = "0.2";

    private final Pool pool;

    public SimilarOpinions(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<BoardViews.Similar>> like(String text, Long stationId) {
        String probe = text.strip();
        return stationId != null ? atStation(probe, stationId) : onTheBoard(probe);
    }

    /**
     * At one station: its latest opinions the public may see, each compared with the text. Common
     * words would make a trigram index return a large share of all opinions first; the latest
     * {@value #CANDIDATES} bound the work, and a duplicate is most likely among recent ones.
     */
    private Uni<List<BoardViews.Similar>> atStation(String probe, long stationId) {
        Sql sql = new Sql(SELECT.replace(" from opinions o where", " from (select * from opinions o where o.station_id = ? and " + VISIBLE
                + " order by o.id desc limit " + CANDIDATES + ") o where") + " similarity(o.title, ?) >= " + THRESHOLD
                + " order by score desc, o.id desc limit ?", probe, stationId, probe, SHOWN);
        return pool.preparedQuery(sql.text()).execute(sql.values()).map(SimilarOpinions::views);
    }

    /** Everywhere: published opinions only, found through the trigram index of their public titles. */
    private Uni<List<BoardViews.Similar>> onTheBoard(String probe) {
        Sql sql = new Sql(SELECT + " o.published_at is not null and o.public_title % ? order by score desc, o.id desc limit ?",
                probe, probe, SHOWN);
        // The threshold of % is set for this transaction only, so pooled connections keep the default.
        return pool.withTransaction(connection -> connection
                .query("select set_config('pg_trgm.similarity_threshold', '" + THRESHOLD + "', true)").execute()
                .chain(() -> connection.preparedQuery(sql.text()).execute(sql.values())))
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
