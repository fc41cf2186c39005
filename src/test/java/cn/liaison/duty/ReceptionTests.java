package cn.liaison.duty;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReceptionTests {

    private long township;
    private String staff;
    private long station;
    private long deputy;

    @BeforeEach
    void aStationWithADeputy() {
        township = TestData.region(TestData.region(null, "南山县" + System.nanoTime(), "COUNTY"), "南镇", "TOWNSHIP");
        staff = People.staffIn(township);
        Map<String, Object> body = new HashMap<>(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", "南镇代表站"));
        station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime()).body(body).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "陈代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> day(OffsetDateTime startsAt, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station);
        body.put("deputyIds", List.of(deputy));
        // RFC 3339 always has seconds; toString() leaves them out when they are zero.
        body.put("startsAt", startsAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("endsAt", startsAt.plusHours(3).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("topic", "乡村道路修缮");
        body.put("capacity", capacity);
        return body;
    }

    private long announce(Map<String, Object> body) {
        return as(staff).header("Idempotency-Key", "r-" + System.nanoTime()).body(body).post("/api/v1/receptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0);
    }

    @Test
    void aReceptionDayIsAnnouncedThreeDaysAheadUnlessStaffOverride() {
        as(staff).header("Idempotency-Key", "r-" + System.nanoTime()).body(day(inDays(1), 10)).post("/api/v1/receptions")
                .then().statusCode(422).body("code", equalTo("RECEPTION_NOTICE_TOO_SHORT"));
        Map<String, Object> urgent = day(inDays(1), 10);
        urgent.put("shortNotice", true);
        long id = announce(urgent);
        long later = announce(day(inDays(5), 10));
        given().queryParam("stationId", station).get("/api/v1/receptions").then().statusCode(200)
                .body("items.id", contains((int) id, (int) later));
        given().get("/api/v1/stations/" + station).then().body("upcomingReceptions.id", contains((int) id, (int) later));
    }

    @Test
    void aBoundDeputyAnnouncesAtTheirOwnStationButNotElsewhere() {
        long user = Api.newCitizen("deputy-user").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", user, deputy);
        String token = TestTokens.valid(user, "CITIZEN", "DEPUTY");
        as(token).header("Idempotency-Key", "r-" + System.nanoTime()).body(day(inDays(4), 5)).post("/api/v1/receptions")
                .then().statusCode(201);
        Map<String, Object> elsewhere = day(inDays(4), 5);
        elsewhere.put("stationId", createOtherStation());
        as(token).header("Idempotency-Key", "r-" + System.nanoTime()).body(elsewhere).post("/api/v1/receptions")
                .then().statusCode(404);
    }

    private long createOtherStation() {
        long other = TestData.region(null, "别县" + System.nanoTime(), "COUNTY");
        return as(Api.adminToken()).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", other, "level", "COUNTY_CENTER", "name", "别县中心")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void fiftyCitizensRacingForTenPlacesGetExactlyTen() throws Exception {
        long reception = announce(day(inDays(7), 10));
        List<String> citizens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            citizens.add(Api.newCitizen("racer" + i).getString("accessToken"));
        }
        List<Callable<Integer>> attempts = citizens.stream().<Callable<Integer>>map(token ->
                () -> as(token).post("/api/v1/receptions/" + reception + "/bookings").then().extract().statusCode()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(attempts)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(40, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().get("/api/v1/receptions/" + reception).then().body("booked", equalTo(10));
        assertEquals(10L, TestData.sql("select count(*) from bookings where reception_id = $1 and state = 'BOOKED'", reception)
                .iterator().next().getLong(0));
    }

    @Test
    void aCitizenTappingFiveTimesAtOnceHoldsOnePlace() throws Exception {
        long reception = announce(day(inDays(7), 10));
        String citizen = Api.newCitizen("tapper").getString("accessToken");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Integer>> taps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taps.add(pool.submit(() -> as(citizen).post("/api/v1/receptions/" + reception + "/bookings").then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> tap : taps) {
            statuses.add(tap.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        given().get("/api/v1/receptions/" + reception).then().body("booked", equalTo(1));
        as(citizen).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(409).body("code", equalTo("ALREADY_BOOKED"));
    }

    @Test
    void aCancelledPlaceCanBeTakenAgainAndStaffRecordAttendance() {
        long reception = announce(day(inDays(7), 1));
        String first = Api.newCitizen("first").getString("accessToken");
        String second = Api.newCitizen("second").getString("accessToken");
        long booking = as(first).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201)
                .body("state", equalTo("BOOKED")).extract().jsonPath().getLong("id");
        as(second).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(409).body("code", equalTo("RECEPTION_FULL"));

        as(second).post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(404);
        as(first).post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        as(first).post("/api/v1/bookings/" + booking + "/cancel").then().statusCode(409).body("code", equalTo("BOOKING_NOT_ACTIVE"));
        long secondBooking = as(second).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(second).get("/api/v1/me/bookings").then().body("items.id", contains((int) secondBooking));

        String otherStaff = People.staffIn(TestData.region(null, "外县" + System.nanoTime(), "COUNTY"));
        as(otherStaff).body(Map.of("attended", true)).post("/api/v1/bookings/" + secondBooking + "/attendance").then().statusCode(404);
        as(staff).body(Map.of("attended", true)).post("/api/v1/bookings/" + secondBooking + "/attendance").then()
                .statusCode(200).body("state", equalTo("ATTENDED"));
        as(staff).body(Map.of("attended", false)).post("/api/v1/bookings/" + booking + "/attendance").then()
                .statusCode(409).body("code", equalTo("BOOKING_NOT_ACTIVE"));
    }

    @Test
    void theStaffInScopeSeeWhoBookedByNicknameAndNobodyElseDoes() {
        long reception = announce(day(inDays(5), 10));
        String citizen = Api.newCitizen("guest").getString("accessToken");
        as(citizen).body(Map.of("nickname", "小陈")).patch("/api/v1/me").then().statusCode(200);
        long booking = as(citizen).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(staff).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(200)
                .body("booking.id", contains((int) booking)).body("name", contains("小陈")).body("[0].phone", nullValue())
                .body("booking.state", contains("BOOKED"));
        String otherStaff = People.staffIn(TestData.region(null, "远县" + System.nanoTime(), "COUNTY"));
        as(otherStaff).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(404);
        as(citizen).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(403);
    }

    @Test
    void theDeputyHoldingTheDaySeesWhoBookedAndSaysWhoCameButNoOtherDeputyDoes() {
        long reception = announce(day(inDays(5), 10));
        String citizen = Api.newCitizen("guest").getString("accessToken");
        long booking = as(citizen).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long user = Api.newCitizen("holder").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", user, deputy);
        String holder = TestTokens.valid(user, "CITIZEN", "DEPUTY");

        as(holder).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(200).body("booking.id", contains((int) booking));
        as(holder).body(Map.of("attended", true)).post("/api/v1/bookings/" + booking + "/attendance").then()
                .statusCode(200).body("state", equalTo("ATTENDED"));

        long colleague = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "林代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long otherUser = Api.newCitizen("colleague").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", otherUser, colleague);
        String notHolding = TestTokens.valid(otherUser, "CITIZEN", "DEPUTY");
        as(notHolding).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(404);
        as(notHolding).body(Map.of("attended", false)).post("/api/v1/bookings/" + booking + "/attendance").then().statusCode(404);
    }
}
