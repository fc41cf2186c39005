package cn.liaison.directory;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FreshnessTests {

    @Test
    void staleStationsAndQuietDeputiesAreReportedInScope() {
        long township = TestData.region(TestData.region(null, "新县" + System.nanoTime(), "COUNTY"), "新镇", "TOWNSHIP");
        String staff = People.staffIn(township);
        long old = station(staff, township, "久未更新站");
        long fresh = station(staff, township, "新站");
        TestData.sql("update stations set info_updated_at = now() - interval '100 days' where id = $1", old);
        long deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "郑代表", "level", "TOWNSHIP", "primaryStationId", fresh)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(staff).get("/api/v1/staff/freshness/stations").then().statusCode(200)
                .body("items.stationId", contains((int) old)).body("items[0].lastDutyRecordAt", org.hamcrest.Matchers.nullValue());
        as(staff).queryParam("days", 200).get("/api/v1/staff/freshness/stations").then().body("items", empty());
        as(staff).get("/api/v1/staff/freshness/deputies").then().body("items.deputyId", contains((int) deputy));

        // A published duty record at the old station this quarter refreshes both.
        long author = as(staff).get("/api/v1/me").then().extract().jsonPath().getLong("id");
        TestData.sql("""
                insert into duty_records (deputy_id, region_path, type, occurred_on, station_id, summary, state, author_id,
                                          created_at, updated_at, published_at)
                select $1, region_path, 'RECEPTION', current_date, $2, '接待选民', 'PUBLISHED', $3, now(), now(), now()
                  from deputies where id = $1""", deputy, old, author);
        as(staff).get("/api/v1/staff/freshness/stations").then().body("items", empty());
        as(staff).get("/api/v1/staff/freshness/deputies").then().body("items", empty());

        String outsider = People.staffIn(TestData.region(null, "外县" + System.nanoTime(), "COUNTY"));
        TestData.sql("update stations set info_updated_at = now() - interval '100 days' where id = $1", fresh);
        as(outsider).get("/api/v1/staff/freshness/stations").then().statusCode(200).body("items", empty());
        as(staff).get("/api/v1/staff/freshness/stations").then().body("items.stationId", contains((int) fresh));
    }

    private static long station(String staff, long region, String name) {
        return as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", region, "level", "TOWNSHIP_STATION", "name", name)).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
