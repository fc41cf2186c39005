package cn.liaison.opinion.repository.search;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A common phrase walks the deadline order and a rare one is read from its index first; either way
 * staff page through exactly the opinions that hold it, by deadline.
 */
@QuarkusTest
class SearchShapeTests {

    @Inject
    GramStatistics statistics;

    @Inject
    Pool pool;

    /** One station for every test: the common phrase needs hundreds of opinions and an ANALYZE. */
    private static Desk desk;

    @BeforeEach
    void aStationWithManyManholeOpinionsAndAFewStolenCovers() {
        if (desk != null) {
            return;
        }
        desk = Desk.open("井盖");
        copies(desk.submit(desk.opinion("井盖缺失多日", "人行道井盖缺失，夜里容易踩空。")), 600);
        // Two in at least 600: under the 0.5% where a walk stops paying, whatever else the database holds.
        copies(desk.submit(desk.opinion("窨井盖被盗", "小区门口的窨井盖被盗，已经三天。")), 1);
        desk.submit(desk.opinion("雨后路边积水", "下雨后路边积水，井盖附近最深。"));
        TestData.sql("analyze opinions");
        statistics.refresh().await().indefinitely();
    }

    @Test
    void aPhraseOfCommonPiecesWalksAndIsPagedByDeadline() {
        assertEquals(List.of(), statistics.rarePieces(SearchTerm.of("井盖缺失")));
        assertEquals(601, expected("井盖缺失").size());
        assertEquals(expected("井盖缺失"), paged("井盖缺失", 10));
    }

    @Test
    void aPhraseWithARarePieceIsReadFromItsIndexAndPagedByDeadline() {
        assertTrue(statistics.rarePieces(SearchTerm.of("窨井盖被盗")).contains("窨井盖被"), statistics.rarePieces(SearchTerm.of("窨井盖被盗"))::toString);
        assertEquals(2, expected("窨井盖被盗").size());
        assertEquals(expected("窨井盖被盗"), paged("窨井盖被盗", 1));
    }

    @Test
    void aPairOrACharacterIsFoundWhateverItsShare() {
        assertEquals(expected("井盖"), paged("井盖", 50));
        assertEquals(expected("窨"), paged("窨", 1));
        assertEquals(expected("井盖附"), paged("井盖附", 1));
    }

    @Test
    void theExportHoldsTheSameOpinions() {
        String csv = as(desk.staff).accept("text/csv").queryParam("q", "窨井盖被盗").get("/api/v1/staff/opinions/export")
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.lines().filter(line -> line.contains("窨井盖被盗")).count());
    }

    @Test
    void aSearchThatCannotFinishInTimeAnswersThatItTimedOut() {
        SqlConnection locker = pool.getConnection().await().indefinitely();
        try {
            locker.query("begin").execute().await().indefinitely();
            locker.query("lock table opinions in access exclusive mode").execute().await().indefinitely();
            for (String phrase : List.of("井盖缺失", "窨井盖被盗")) {
                as(desk.staff).queryParam("q", phrase).get("/api/v1/staff/opinions").then()
                        .statusCode(503).body("code", equalTo("SEARCH_TIMED_OUT"));
            }
        } finally {
            locker.query("rollback").execute().chain(locker::close).await().indefinitely();
        }
        as(desk.staff).queryParam("q", "井盖缺失").get("/api/v1/staff/opinions").then().statusCode(200);
    }

    /** Copies an opinion, each copy due an hour later than the one before, so the deadline order is known. */
    private static void copies(long template, int count) {
        TestData.sql("""
                insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                                      kind, title, content, photo_ids, state, due_at, created_at, updated_at)
                select tracking_no || '-' || g, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                       kind, title, content, photo_ids, state, due_at + make_interval(hours => g), created_at, updated_at
                  from opinions, generate_series(1, $2) g where id = $1""", template, count);
    }

    private List<Long> expected(String phrase) {
        List<Long> ids = new ArrayList<>();
        for (Row row : TestData.sql("select id from opinions where station_id = $1 and (strpos(title, $2) > 0 or strpos(content, $2) > 0)"
                + " order by due_at, id", desk.station, phrase)) {
            ids.add(row.getLong(0));
        }
        return ids;
    }

    /** Every page of the staff queue's search. */
    private List<Long> paged(String phrase, int limit) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(desk.staff).queryParam("q", phrase).queryParam("limit", limit);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor))
                    .get("/api/v1/staff/opinions").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
