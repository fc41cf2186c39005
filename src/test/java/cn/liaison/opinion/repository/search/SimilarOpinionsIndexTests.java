package cn.liaison.opinion.repository.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Suggestions read their titles nearest first from a GiST index and stop at the fifth (V11), at a station and on the board. */
@QuarkusTest
class SimilarOpinionsIndexTests {

    @Inject
    Pool pool;

    @Test
    void atAStationTheNearestTitlesAreReadInOrderFromItsIndex() {
        String plan = plan(SimilarOpinions.AT_STATION, Tuple.of("幸福小区路灯不亮", 1L));
        assertTrue(plan.contains("Index Scan using opinions_similar_at_station_idx"), plan);
        assertTrue(plan.contains("Order By: ((public_title)::text <-> '幸福小区路灯不亮'::text)"), plan);
    }

    @Test
    void onTheBoardTheNearestPublicTitlesAreReadInOrderFromTheirIndex() {
        String plan = plan(SimilarOpinions.ON_THE_BOARD, Tuple.of("幸福小区路灯不亮"));
        // Either published-title index serves it (V12 made the station's hold published titles too);
        // in a test database this small PostgreSQL picks by a hair.
        assertTrue(plan.contains("Index Scan using opinions_similar_published_idx")
                || plan.contains("Index Scan using opinions_similar_at_station_idx"), plan);
        assertTrue(plan.contains("Order By: ((public_title)::text <-> '幸福小区路灯不亮'::text)"), plan);
    }

    /** The plan when a table or bitmap scan is not allowed: the test database is too small for PostgreSQL to prefer an index otherwise. */
    private String plan(String query, Tuple values) {
        return pool.withTransaction(connection -> connection.query("set local enable_seqscan = off").execute()
                .chain(() -> connection.query("set local enable_bitmapscan = off").execute())
                .chain(() -> connection.preparedQuery("explain " + query).execute(values)))
                .map(rows -> {
                    StringBuilder text = new StringBuilder();
                    rows.forEach(row -> text.append(row.getString(0)).append('\n'));
                    return text.toString();
                })
                .await().indefinitely();
    }
}
