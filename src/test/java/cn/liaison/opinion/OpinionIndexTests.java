package cn.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.liaison.opinion.repository.search.OpinionRegions;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;

/** What keeps the staff queue and the board fast at a million opinions (V7 to V10), checked on the schema the service runs on. */
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
    void aRarePhraseIsReadFromItsIndexOfCharactersAndPairsOrOfRunsOfFour() {
        for (String index : List.of("opinion_grams", "opinion_quads")) {
            String search = plan("select o.id from opinions o where " + index + "(o.title, o.content) @> array['幸福路灯']"
                    + " order by o.due_at, o.id limit 21", "enable_seqscan", "enable_indexscan");
            assertTrue(search.contains("Bitmap Index Scan on opinions_" + index.substring("opinion_".length()) + "_idx"), search);
        }
    }

    @Test
    void theIndexesOfTextHoldNothingAcrossTitleAndContent() {
        var row = pool.query("select opinion_grams('路灯', '不亮') @> array['路', '灯', '不', '亮', '路灯', '不亮'],"
                + " opinion_grams('路灯', '不亮') && array['灯不', ''], opinion_grams('路灯', '不亮') && array['路灯不'],"
                + " opinion_quads('幸福路灯不亮', '晚上漆黑') @> array['幸福路灯', '福路灯不', '路灯不亮', '晚上漆黑'],"
                + " opinion_quads('幸福路灯不亮', '晚上漆黑') && array['灯不亮晚', '不亮晚上', '亮晚上漆']")
                .execute().await().indefinitely().iterator().next();
        assertEquals(List.of(true, false, false, true, false),
                List.of(row.getBoolean(0), row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), row.getBoolean(4)));
    }

    @Test
    void newOpinionsGoStraightIntoTheTextIndexesSoNoSearchReadsAPendingList() {
        List<String> options = new ArrayList<>();
        pool.query("select relname || ' ' || array_to_string(reloptions, ',') from pg_class c join pg_am am on am.oid = c.relam"
                + " where am.amname = 'gin' and relname like 'opinions%' order by relname").execute().await().indefinitely()
                .forEach(row -> options.add(row.getString(0)));
        assertEquals(List.of("opinions_grams_idx fastupdate=off", "opinions_quads_idx fastupdate=off"), options);
    }

    /**
     * The plan when neither a table scan nor a sort is allowed: the test database is too small for
     * PostgreSQL to prefer an index otherwise, and what matters is that the index fits the query.
     */
    private String plan(String query) {
        return plan(query, "enable_seqscan", "enable_sort", "enable_bitmapscan");
    }

    private String plan(String query, String... disabled) {
        return pool.withTransaction(connection -> Multi.createFrom().items(disabled)
                .onItem().transformToUniAndConcatenate(setting -> connection.query("set local " + setting + " = off").execute())
                .collect().last()
                .chain(() -> connection.query("explain " + query).execute()))
                .map(rows -> {
                    StringBuilder text = new StringBuilder();
                    rows.forEach(row -> text.append(row.getString(0)).append('\n'));
                    return text.toString();
                })
                .await().indefinitely();
    }
}
