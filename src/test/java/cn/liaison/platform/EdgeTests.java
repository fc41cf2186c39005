package cn.liaison.platform;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The edges of the API: whatever a client sends, the answer is problem+json with a stable code,
 * never a 5xx, and nothing is half-written. One test per way a request was seen to break.
 */
@QuarkusTest
class EdgeTests {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("code", equalTo(code)).body("requestId", notNullValue());
    }

    @Test
    void anAcceptLanguageWithAnImpossibleWeightStillGetsAProblem() {
        problem(given().header("Accept-Language", "en;q=1.5").get("/api/v1/me").then(), 401, "UNAUTHENTICATED");
        problem(given().header("Accept-Language", ";;;,==,q=x").get("/api/v1/me").then(), 401, "UNAUTHENTICATED")
                .body("detail", equalTo("请先登录。"));
    }

    @Test
    void aDuplicateKeyIsMalformed() {
        problem(given().contentType("application/json").body("{\"code\":\"a\",\"code\":\"a\"}")
                .post("/api/v1/auth/wechat-login").then(), 400, "MALFORMED_REQUEST")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void aNulCharacterIsRefusedAtTheDoor() {
        problem(given().queryParam("q", "\u0000").get("/api/v1/stations").then(), 400, "TEXT_NOT_STORABLE")
                .body("errors.field", hasItem("q"));
        problem(given().queryParam("name", "a\u0000b").get("/api/v1/deputies").then(), 400, "TEXT_NOT_STORABLE");
        problem(Api.json().body(Map.of("username", "a\u0000", "password", "x")).post("/api/v1/auth/password-login").then(),
                400, "TEXT_NOT_STORABLE").body("errors.field", hasItem("username"));
    }

    @Test
    void aLoneSurrogateIsRefusedAtTheDoor() {
        problem(given().contentType("application/json").body("{\"code\":\"\\ud83d\"}").post("/api/v1/auth/wechat-login").then(),
                400, "TEXT_NOT_STORABLE").body("errors.field", hasItem("code"));
    }

    @Test
    void aCalendarDayMustBeADateAndWorkingABoolean() {
        String admin = Api.adminToken();
        problem(as(admin).body("[{\"day\":20260101,\"working\":false}]").put("/api/v1/admin/calendar").then(), 400,
                "MALFORMED_REQUEST").body("errors.field", hasItem("[0].day"));
        problem(as(admin).body("[{\"day\":\"2026-01-01\",\"working\":\"true\"}]").put("/api/v1/admin/calendar").then(), 400,
                "MALFORMED_REQUEST").body("errors.field", hasItem("[0].working"));
        problem(as(admin).body("[{\"day\":\"+57440-01-01\",\"working\":false}]").put("/api/v1/admin/calendar").then(), 400,
                "VALIDATION_FAILED");
        as(admin).body("[{\"day\":\"2031-01-01\",\"working\":false,\"name\":\"元旦\"}]").put("/api/v1/admin/calendar").then()
                .statusCode(200);
        as(admin).delete("/api/v1/admin/calendar/2031-01-01").then().statusCode(204);
        problem(as(admin).delete("/api/v1/admin/calendar/20310101").then(), 400, "MALFORMED_REQUEST")
                .body("errors.field", hasItem("day"));
    }

    @Test
    void aValueThatDoesNotParseIsABadRequestNotAMissingThing() {
        problem(given().get("/api/v1/regions/not-a-number").then(), 400, "MALFORMED_REQUEST")
                .body("errors.field", hasItem("id"));
        problem(given().queryParam("order", "SIDEWAYS").get("/api/v1/public/opinions").then(), 400, "MALFORMED_REQUEST")
                .body("errors.field", hasItem("order"));
    }

    @Test
    void wrongShapesOfBodyAreMalformed() {
        for (String body : List.of("[]", "\"x\"", "123", "null", "{\"code\":{}}", "{\"code\":[1]}")) {
            problem(given().contentType("application/json").body(body).post("/api/v1/auth/wechat-login").then(), 400,
                    body.equals("null") ? "VALIDATION_FAILED" : "MALFORMED_REQUEST");
        }
    }

    @Test
    void aSecondDeputyWithTheSameRosterKeyIsAConflict() {
        Desk desk = Desk.open("名册");
        Map<String, Object> deputy = Map.of("name", "名册代表", "level", "TOWNSHIP", "primaryStationId", desk.station,
                "rosterKey", "R-" + System.nanoTime());
        as(desk.staff).header("Idempotency-Key", "r1-" + System.nanoTime()).body(deputy).post("/api/v1/deputies").then()
                .statusCode(201);
        problem(as(desk.staff).header("Idempotency-Key", "r2-" + System.nanoTime()).body(deputy).post("/api/v1/deputies").then(),
                409, "ROSTER_KEY_TAKEN");
    }

    @Test
    void aNullInAListIsAFieldError() {
        Desk desk = Desk.open("空值");
        Map<String, Object> deputy = new HashMap<>(Map.of("name", "空值代表", "level", "TOWNSHIP",
                "primaryStationId", desk.station));
        deputy.put("otherStationIds", Arrays.asList((Object) null));
        problem(as(desk.staff).header("Idempotency-Key", "n-" + System.nanoTime()).body(deputy).post("/api/v1/deputies").then(),
                400, "VALIDATION_FAILED").body("errors.field", hasItem("otherStationIds[0]"));
    }

    @Test
    void anUnknownRegionOfADepartmentIsUnprocessable() {
        problem(as(Api.adminToken()).body(Map.of("name", "县某局" + System.nanoTime(), "regionId", 987654321))
                .post("/api/v1/admin/departments").then(), 422, "UNKNOWN_REGION");
    }

    @Test
    void anotherTownshipsStationIsNamedAsTheFieldItCameIn() {
        Desk mine = Desk.open("本镇");
        Desk theirs = Desk.open("他镇");
        problem(as(mine.staff).header("Idempotency-Key", "x-" + System.nanoTime())
                .body(Map.of("name", "越界代表", "level", "TOWNSHIP", "primaryStationId", theirs.station)).post("/api/v1/deputies")
                .then(), 400, "VALIDATION_FAILED").body("errors.field", hasItem("primaryStationId"));
    }

    @Test
    void brokenMultipartBodiesAreBadRequests() {
        String token = Api.newCitizen("multipart").getString("accessToken");
        for (String body : List.of("", "--wrong\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nunterminated")) {
            ValidatableResponse answer = given().auth().oauth2(token).contentType("multipart/form-data; boundary=b")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/media").then();
            answer.contentType("application/problem+json");
            int status = answer.extract().statusCode();
            assertTrue(status == 400, "broken multipart answered " + status);
        }
    }

    @Test
    void concurrentRevealsOfOnePhoneAllSucceedAndEachLeavesItsEvent() {
        Desk desk = Desk.open("揭示");
        long id = desk.submit("并发查看电话号码的测试用例");
        List<CompletableFuture<Integer>> reveals = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> reveals.add(CompletableFuture.supplyAsync(
                () -> as(desk.staff).post("/api/v1/opinions/" + id + "/phone-reveals").then().extract().statusCode())));
        List<Integer> statuses = reveals.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200), statuses);
        long events = TestData.sql("select count(*) from opinion_events where opinion_id = $1 and type = 'PHONE_REVEALED'", id)
                .iterator().next().getLong(0);
        assertEquals(10, events);
    }

    @Test
    void aBodyOverTheLimitIsAProblemToo() {
        String token = Api.newCitizen("大文件").getString("accessToken");
        problem(given().auth().oauth2(token).contentType("application/json").body(new byte[12 * 1024 * 1024])
                .post("/api/v1/opinions").then(), 413, "REQUEST_TOO_LARGE");
    }

    @Test
    void concurrentProfileChangesOfOneDeputyNeverFail() {
        Desk desk = Desk.open("资料");
        List<CompletableFuture<Integer>> changes = new ArrayList<>();
        IntStream.range(0, 8).forEach(i -> changes.add(CompletableFuture.supplyAsync(() -> as(desk.deputyToken)
                .body(Map.of("biography", "简介第" + i + "版")).put("/api/v1/deputy/profile-change").then().extract().statusCode())));
        List<Integer> statuses = changes.stream().map(CompletableFuture::join).toList();
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "profile changes answered " + statuses);
        assertTrue(statuses.contains(200), "no profile change was taken: " + statuses);
    }

    @Test
    void aRequestLineOrHeadersTooLongAreProblemsToo() {
        problem(given().queryParam("q", "长".repeat(600)) // 5.4 KB encoded: past ours, within the codec's 16 KB
                .get("/api/v1/stations").then(), 414, "URI_TOO_LONG");
        problem(given().header("X-Padding", "x".repeat(30_000)).get("/api/v1/regions").then(), 431, "HEADERS_TOO_LARGE");
    }
}
