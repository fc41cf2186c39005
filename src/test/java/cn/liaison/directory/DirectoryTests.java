package cn.liaison.directory;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DirectoryTests {

    private long county;
    private long east;
    private long west;
    private String eastStaff;
    private String westStaff;

    @BeforeEach
    void aCountyWithTwoTownships() {
        county = TestData.region(null, "东山县" + System.nanoTime(), "COUNTY");
        east = TestData.region(county, "东镇", "TOWNSHIP");
        west = TestData.region(county, "西镇", "TOWNSHIP");
        eastStaff = People.staffIn(east);
        westStaff = People.staffIn(west);
    }

    static Map<String, Object> station(long regionId, String name, double lat, double lng) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionId", regionId);
        body.put("level", "TOWNSHIP_STATION");
        body.put("name", name);
        body.put("address", name + "人民路1号");
        body.put("latitude", lat);
        body.put("longitude", lng);
        body.put("openingHours", "周一至周五 9:00-17:00");
        body.put("phone", "0571-12345678");
        return body;
    }

    static int createStation(String token, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", "st-" + System.nanoTime()).body(body).post("/api/v1/stations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void staffCreateStationsInTheirScopeAndCitizensFindThem() {
        int hall = createStation(eastStaff, station(east, "东镇代表站", 30.2741, 120.1551));
        int far = createStation(westStaff, station(west, "西镇代表站", 30.3500, 120.3000));

        given().queryParam("regionId", county).get("/api/v1/stations").then().statusCode(200)
                .body("items.id", contains(hall, far));
        given().queryParam("regionId", east).get("/api/v1/stations").then().body("items.id", contains(hall));
        given().queryParam("regionId", county).queryParam("q", "西镇").get("/api/v1/stations").then().body("items.id", contains(far));
        given().queryParam("regionId", county).queryParam("near", "30.2750,120.1560").get("/api/v1/stations").then()
                .body("items.id", contains(hall, far))
                .body("items[0].distanceMetres", equalTo(132)) // haversine: 132.2 m
                .body("items[1].distanceMetres", notNullValue());
        given().get("/api/v1/stations/" + hall).then().statusCode(200)
                .body("station.name", equalTo("东镇代表站"))
                .body("deputies", org.hamcrest.Matchers.empty());
    }

    @Test
    void nearestFirstPagesWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            createStation(eastStaff, station(east, "站" + i, 30.0 + i * 0.01, 120.0));
        }
        String cursor = given().queryParam("regionId", east).queryParam("near", "30.0,120.0").queryParam("limit", 3)
                .get("/api/v1/stations").then().body("items.name", contains("站0", "站1", "站2"))
                .extract().path("nextCursor");
        given().queryParam("regionId", east).queryParam("near", "30.0,120.0").queryParam("limit", 3).queryParam("cursor", cursor)
                .get("/api/v1/stations").then().body("items.name", contains("站3", "站4"));
    }

    @Test
    void aBadPointIsAFieldError() {
        given().queryParam("near", "north").get("/api/v1/stations").then().statusCode(400)
                .body("errors[0].field", equalTo("near"));
    }

    @Test
    void staffOfAnotherTownshipSeeNothingToEdit() {
        int hall = createStation(eastStaff, station(east, "东镇代表站", 30.27, 120.15));
        as(westStaff).body(station(west, "改名", 30.27, 120.15)).put("/api/v1/stations/" + hall).then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(westStaff).header("Idempotency-Key", "x-" + System.nanoTime()).body(station(east, "越权", 30.27, 120.15))
                .post("/api/v1/stations").then().statusCode(422).body("code", equalTo("UNKNOWN_REGION"));
        as(Api.adminToken()).body(station(east, "管理员改名", 30.27, 120.15)).put("/api/v1/stations/" + hall).then()
                .statusCode(200).body("name", equalTo("管理员改名"));
    }

    @Test
    void citizensMayNotEditStations() {
        String citizen = Api.newCitizen("editor").getString("accessToken");
        as(citizen).header("Idempotency-Key", "c-" + System.nanoTime()).body(station(east, "x", 30.0, 120.0))
                .post("/api/v1/stations").then().statusCode(403);
    }

    @Test
    void aChangeIsSeenByTheNextRequestAndInfoUpdatedAtMoves() {
        int hall = createStation(eastStaff, station(east, "旧名", 30.27, 120.15));
        String before = given().get("/api/v1/stations/" + hall).then().body("station.name", equalTo("旧名"))
                .extract().path("station.infoUpdatedAt");
        as(eastStaff).body(station(east, "新名", 30.27, 120.15)).put("/api/v1/stations/" + hall).then().statusCode(200);
        given().get("/api/v1/stations/" + hall).then().body("station.name", equalTo("新名"))
                .body("station.infoUpdatedAt", not(equalTo(before)));
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenWithinASecond() throws Exception {
        int hall = createStation(eastStaff, station(east, "甲", 30.27, 120.15));
        given().get("/api/v1/stations/" + hall).then().body("station.name", equalTo("甲"));
        // Another instance commits a change and bumps the shared generation.
        TestData.sql("update stations set name = '乙' where id = $1", hall);
        given().get("/api/v1/stations/" + hall).then().body("station.name", equalTo("甲"));
        TestData.redisIncr("directory:generation");
        long deadline = System.currentTimeMillis() + 1000;
        String name;
        do {
            Thread.sleep(50);
            name = given().get("/api/v1/stations/" + hall).then().extract().path("station.name");
        } while (!"乙".equals(name) && System.currentTimeMillis() < deadline);
        org.junit.jupiter.api.Assertions.assertEquals("乙", name);
    }

    @Test
    void deputiesAreListedByStationAndShowTheirFigures() {
        int hall = createStation(eastStaff, station(east, "东镇代表站", 30.27, 120.15));
        int room = createStation(eastStaff, station(east, "东村联络室", 30.28, 120.16));
        Map<String, Object> deputy = new HashMap<>();
        deputy.put("name", "王建国");
        deputy.put("gender", "男");
        deputy.put("ethnicity", "汉族");
        deputy.put("level", "TOWNSHIP");
        deputy.put("occupation", "农民");
        deputy.put("primaryStationId", hall);
        deputy.put("otherStationIds", List.of(room));
        int id = as(eastStaff).header("Idempotency-Key", "d-" + System.nanoTime()).body(deputy).post("/api/v1/deputies")
                .then().statusCode(201).extract().path("id");

        given().queryParam("stationId", room).get("/api/v1/deputies").then().body("items.id", contains(id));
        given().queryParam("regionId", county).queryParam("name", "建国").get("/api/v1/deputies").then().body("items.id", hasItem(id));
        given().get("/api/v1/stations/" + hall).then().body("deputies.name", contains("王建国"));
        given().get("/api/v1/deputies/" + id).then().statusCode(200)
                .body("stations.id", contains(hall, room))
                .body("bound", equalTo(false))
                .body("figures.dutyRecordsByType.VISIT", equalTo(0))
                .body("figures.receptionDaysHeld", equalTo(0))
                .body("figures.opinionsReplied", equalTo(0));

        as(westStaff).body(deputy).put("/api/v1/deputies/" + id).then().statusCode(404);
        deputy.put("otherStationIds", List.of(createStation(westStaff, station(west, "西镇站", 30.3, 120.3))));
        as(eastStaff).body(deputy).put("/api/v1/deputies/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("otherStationIds"));
        given().queryParam("regionId", county).get("/api/v1/deputies").then().body("items.level", everyItem(equalTo("TOWNSHIP")));
    }
}
