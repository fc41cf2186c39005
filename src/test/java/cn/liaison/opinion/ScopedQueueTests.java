package cn.liaison.opinion;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A staff member's queue holds what happens in their region at any depth below it, and the region
 * filter narrows it without ever leaving it: a county with townships 甲 and 乙, each with a village.
 */
@QuarkusTest
class ScopedQueueTests {

    private Desk desk;
    private long village;
    private long otherTownship;
    private long otherVillage;
    private long inTownship;
    private long inVillage;
    private long inOtherVillage;

    @BeforeEach
    void county() {
        desk = Desk.open("范围");
        village = TestData.region(desk.township, "甲村", "VILLAGE");
        otherTownship = TestData.region(desk.county, "乙镇", "TOWNSHIP");
        otherVillage = TestData.region(otherTownship, "乙村", "VILLAGE");
        inTownship = desk.submit("镇上的意见");
        inVillage = submitAt(stationIn(village), "甲村的意见");
        inOtherVillage = submitAt(stationIn(otherVillage), "乙村的意见");
    }

    @Test
    void staffSeeTheirRegionAndEverythingBelowIt() {
        queue(People.staffIn(desk.county), Map.of()).body("items.id", containsInAnyOrder(ids(inTownship, inVillage, inOtherVillage)));
        queue(desk.staff, Map.of()).body("items.id", containsInAnyOrder(ids(inTownship, inVillage)));
        queue(People.staffIn(village), Map.of()).body("items.id", containsInAnyOrder(ids(inVillage)));
        queue(People.staffIn(otherTownship), Map.of()).body("items.id", containsInAnyOrder(ids(inOtherVillage)));
    }

    @Test
    void theRegionFilterNarrowsTheScopeAndNeverWidensIt() {
        String countyStaff = People.staffIn(desk.county);
        queue(countyStaff, Map.of("regionId", desk.township)).body("items.id", containsInAnyOrder(ids(inTownship, inVillage)));
        queue(countyStaff, Map.of("regionId", otherVillage)).body("items.id", containsInAnyOrder(ids(inOtherVillage)));
        queue(desk.staff, Map.of("regionId", village)).body("items.id", containsInAnyOrder(ids(inVillage)));
        queue(desk.staff, Map.of("regionId", desk.county)).body("items.id", containsInAnyOrder(ids(inTownship, inVillage)));
        queue(desk.staff, Map.of("regionId", otherVillage)).body("items", hasSize(0));
        queue(desk.staff, Map.of("regionId", 987654321)).body("items", hasSize(0));
    }

    @Test
    void theExportKeepsToTheSameRegion() {
        String trackingNo = as(desk.staff).get("/api/v1/opinions/" + inVillage).then().extract().path("trackingNo");
        String other = as(Api.adminToken()).get("/api/v1/opinions/" + inOtherVillage).then().extract().path("trackingNo");
        as(People.staffIn(desk.county)).accept("text/csv").queryParam("regionId", village).get("/api/v1/staff/opinions/export")
                .then().statusCode(200).body(containsString(trackingNo)).body(not(containsString(other)));
    }

    private long stationIn(long region) {
        return as(Api.adminToken()).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", region, "level", "VILLAGE_ROOM", "name", "村联络点" + region)).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long submitAt(long station, String title) {
        Map<String, Object> body = desk.opinion(title, "村里的路灯坏了很久，晚上出行不便，希望尽快修好。");
        body.put("stationId", station);
        return desk.submit(body);
    }

    private static ValidatableResponse queue(String token, Map<String, ?> filters) {
        return as(token).queryParams(filters).get("/api/v1/staff/opinions").then().statusCode(200);
    }

    private static Object[] ids(long... ids) {
        return Arrays.stream(ids).mapToObj(id -> (int) id).toArray();
    }
}
