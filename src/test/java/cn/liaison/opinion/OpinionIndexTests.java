package cn.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** What keeps the staff queue and the board fast at a million opinions (V7, V8), checked on the schema the service runs on. */
@QuarkusTest
class OpinionIndexTests {

    @Inject
    Pool pool;

    @Test
    void aRegionAtDepthOneToFourIsReadFromItsIndexInTheListsOrder() {
        String path = "/1/";
        for (int depth = 1; depth <= 4; depth++) {
            path += (40 + depth) + "/";
            String queue = plan("select o.id from opinions o where " + OpinionRegions.under(path) + " order by o.due_at, o.id limit 21");
            assertTrue(queue.contains("Index Scan using opinions_scope" + depth + "_idx"), path + "\n" + queue);
            String board = plan("select o.id from opinions o where o.published_at is not null and " + OpinionRegions.under(path)
                    + " order by o.published_at desc, o.id desc limit 21");
            assertTrue(board.contains("Index Scan using opinions_published_scope" + depth + "_idx"), path + "\n" + board);
        }
    }

    @Test
    void theRootAndDeeperRegionsAreMatchedByPrefix() {
        assertEquals("o.region_path like '/1/%'", OpinionRegions.under("/1/"));
        assertEquals("o.region_path like '/1/2/3/4/5/6/%'", OpinionRegions.under("/1/2/3/4/5/6/"));
        assertEquals("split_part(o.region_path, '/', 4) = '73'", OpinionRegions.under("/1/2/73/"));
    }

    @Test
    void newOpinionsGoStraightIntoTheTextIndexesSoNoSearchReadsAPendingList() {
        List<String> options = new ArrayList<>();
        pool.query("select relname || ' ' || array_to_string(reloptions, ',') from pg_class"
                + " where relname in ('opinions_title_trgm_idx', 'opinions_content_trgm_idx', 'opinions_public_title_trgm_idx')"
                + " order by relname").execute().await().indefinitely().forEach(row -> options.add(row.getString(0)));
        assertEquals(List.of("opinions_content_trgm_idx fastupdate=off", "opinions_public_title_trgm_idx fastupdate=off",
                "opinions_title_trgm_idx fastupdate=off"), options);
    }

    /**
     * The plan when neither a table scan nor a sort is allowed: the test database is too small for
     * PostgreSQL to prefer an index otherwise, and what matters is that the index fits the query.
     */
    private String plan(String query) {
        return pool.withTransaction(connection -> connection.query("set local enable_seqscan = off").execute()
                .chain(() -> connection.query("set local enable_sort = off").execute())
                .chain(() -> connection.query("set local enable_bitmapscan = off").execute())
                .chain(() -> connection.query("explain " + query).execute()))
                .map(rows -> {
                    StringBuilder text = new StringBuilder();
                    rows.forEach(row -> text.append(row.getString(0)).append('\n'));
                    return text.toString();
                })
                .await().indefinitely();
    }
}
