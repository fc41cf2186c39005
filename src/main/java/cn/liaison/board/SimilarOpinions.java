package cn.liaison.board;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.opinion.OpinionState;
import cn.liaison.platform.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Suggests opinions like the one a citizen is typing, so they can support it instead of writing a
 * duplicate: titles sharing enough character trigrams (pg_trgm, which also cuts Chinese text into
 * trigrams), found through the trigram index. Only what the public may see: published opinions, and
 * open ones whose citizen consented to publication, neither confidential nor anonymous, with the
 * title redacted.
 */
@ApplicationScoped
public class SimilarOpinions {

    static final int SHOWN = 5;
    /** Short Chinese titles share few trigrams; pg_trgm's default of 0.3 would miss most real duplicates. */
    static final String THRESHOLD = "0.2";

    private final Pool pool;

    public SimilarOpinions(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<BoardViews.Similar>> like(String text, Long stationId) {
        String probe = text.strip();
        Sql sql = new Sql("select o.id, o.tracking_no, coalesce(o.public_title, o.title) as title, o.state,"
                + " o.published_at is not null as published, o.support_count, similarity(o.title, ?) as score"
                + " from opinions o", probe)
                .and("o.title % ?", probe)
                .and("(o.published_at is not null or (o.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED')"
                        + " and o.consent_to_publish and not o.confidential and not o.anonymous))");
        if (stationId != null) {
            sql.and("o.station_id = ?", stationId);
        }
        sql.then("order by score desc, o.id desc limit ?", SHOWN);
        // The threshold is set for this transaction only, so pooled connections keep the default.
        return pool.withTransaction(connection -> connection
                .query("select set_config('pg_trgm.similarity_threshold', '" + THRESHOLD + "', true)").execute()
                .chain(() -> connection.preparedQuery(sql.text()).execute(sql.values())))
                .map(rows -> {
                    List<BoardViews.Similar> found = new ArrayList<>();
                    rows.forEach(r -> found.add(new BoardViews.Similar(r.getLong("id"), r.getString("tracking_no"),
                            Redaction.redact(r.getString("title"), List.of()), OpinionState.valueOf(r.getString("state")),
                            r.getBoolean("published"), r.getInteger("support_count"),
                            Math.round(r.getFloat("score") * 100) / 100.0)));
                    return found;
                });
    }
}
