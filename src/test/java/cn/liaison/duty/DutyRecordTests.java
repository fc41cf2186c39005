package cn.liaison.duty;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Images;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DutyRecordTests {

    private long station;
    private long deputy;
    private String staff;
    private String deputyToken;

    @BeforeEach
    void aBoundDeputy() {
        long township = TestData.region(TestData.region(null, "履县" + System.nanoTime(), "COUNTY"), "履镇", "TOWNSHIP");
        staff = People.staffIn(township);
        station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", "履镇站")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "周代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long user = Api.newCitizen("duty-deputy").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", user, deputy);
        deputyToken = TestTokens.valid(user, "CITIZEN", "DEPUTY");
    }

    private Map<String, Object> visit(String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "VISIT");
        body.put("occurredOn", LocalDate.now().toString());
        body.put("stationId", station);
        body.put("place", "履镇东村");
        body.put("summary", summary);
        body.put("participants", "村民代表 12 人");
        return body;
    }

    private long draft(String token, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", "r-" + System.nanoTime()).body(body).post("/api/v1/duty-records")
                .then().statusCode(201).body("state", equalTo("DRAFT")).extract().jsonPath().getLong("id");
    }

    @Test
    void aRecordIsReturnedFixedAndPublishedThenCountsInTheFigures() {
        long id = draft(deputyToken, visit("走访东村，听取道路修缮意见"));
        given().get("/api/v1/duty-records/" + id).then().statusCode(404);
        as(staff).post("/api/v1/duty-records/" + id + "/publish").then().statusCode(409)
                .body("code", equalTo("ACTION_NOT_ALLOWED_IN_STATE"));

        as(deputyToken).post("/api/v1/duty-records/" + id + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        as(staff).get("/api/v1/duty-records/review").then().body("items.id", contains((int) id));
        as(staff).body(Map.of("reason", "请补充参加人数和照片")).post("/api/v1/duty-records/" + id + "/return").then()
                .statusCode(200).body("state", equalTo("RETURNED"));
        as(deputyToken).get("/api/v1/duty-records/" + id).then().body("returnReason", equalTo("请补充参加人数和照片"));

        as(deputyToken).body(visit("走访东村，听取 12 位村民对道路修缮的意见")).put("/api/v1/duty-records/" + id).then().statusCode(200);
        as(deputyToken).post("/api/v1/duty-records/" + id + "/submit").then().statusCode(200);
        as(staff).post("/api/v1/duty-records/" + id + "/publish").then().statusCode(200).body("state", equalTo("PUBLISHED"));

        given().get("/api/v1/duty-records/" + id).then().statusCode(200);
        given().queryParam("deputyId", deputy).get("/api/v1/duty-records").then().body("items.id", contains((int) id));
        given().queryParam("stationId", station).get("/api/v1/duty-records").then().body("items.id", contains((int) id));
        given().get("/api/v1/deputies/" + deputy).then().body("figures.dutyRecordsByType.VISIT", equalTo(1));
        as(deputyToken).body(visit("改")).put("/api/v1/duty-records/" + id).then().statusCode(409);
    }

    @Test
    void staffRecordOnBehalfOfADeputyInScopeOnly() {
        Map<String, Object> body = visit("代录：参加镇人大主席团会议");
        body.put("type", "MEETING");
        as(staff).header("Idempotency-Key", "r-" + System.nanoTime()).body(body).post("/api/v1/duty-records").then()
                .statusCode(400).body("errors[0].field", equalTo("deputyId"));
        body.put("deputyId", deputy);
        long id = draft(staff, body);
        as(deputyToken).get("/api/v1/duty-records/mine").then().body("items.id", contains((int) id));

        String stranger = People.staffIn(TestData.region(null, "他县" + System.nanoTime(), "COUNTY"));
        as(stranger).header("Idempotency-Key", "r-" + System.nanoTime()).body(body).post("/api/v1/duty-records").then()
                .statusCode(400).body("errors[0].field", equalTo("deputyId"));
        as(stranger).get("/api/v1/duty-records/" + id).then().statusCode(404);
        as(stranger).post("/api/v1/duty-records/" + id + "/submit").then().statusCode(404);
    }

    @Test
    void photosOfARecordInReviewAreSeenByStaffInScopeAndByEveryoneOncePublished() {
        long photo = given().auth().oauth2(deputyToken).multiPart("file", "visit.jpg", Images.jpegWithGps(), "image/jpeg")
                .post("/api/v1/media").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = visit("走访，附照片");
        body.put("photoIds", java.util.List.of(photo));
        long id = draft(deputyToken, body);
        as(deputyToken).post("/api/v1/duty-records/" + id + "/submit").then().statusCode(200);

        String outsider = People.staffIn(TestData.region(null, "旁县" + System.nanoTime(), "COUNTY"));
        given().get("/api/v1/media/" + photo).then().statusCode(404);
        given().auth().oauth2(outsider).get("/api/v1/media/" + photo).then().statusCode(404);
        given().auth().oauth2(staff).get("/api/v1/media/" + photo).then().statusCode(200);

        as(staff).post("/api/v1/duty-records/" + id + "/publish").then().statusCode(200);
        given().get("/api/v1/media/" + photo).then().statusCode(200);
    }

    @Test
    void aCitizenCannotWriteDutyRecords() {
        as(Api.newCitizen("nodeputy").getString("accessToken")).header("Idempotency-Key", "x-" + System.nanoTime())
                .body(visit("x")).post("/api/v1/duty-records").then().statusCode(403);
    }
}
