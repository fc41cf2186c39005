package cn.liaison.directory;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestClock;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DeputyBindingTests {

    @Inject
    TestClock clock;

    private long township;
    private String staff;
    private long deputy;

    @BeforeEach
    void aDeputyWithoutAccount() {
        township = TestData.region(TestData.region(null, "绑县" + System.nanoTime(), "COUNTY"), "绑镇", "TOWNSHIP");
        staff = People.staffIn(township);
        long station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", "绑镇站")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "吴代表", "level", "TOWNSHIP", "primaryStationId", station, "biography", "旧简介"))
                .post("/api/v1/deputies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String invite() {
        return as(staff).post("/api/v1/deputies/" + deputy + "/invitations").then().statusCode(201)
                .body("code", matchesPattern("[2-9A-HJKMNP-Z]{8}")).extract().path("code");
    }

    private static io.restassured.response.ValidatableResponse bind(String token, String code) {
        return as(token).body(Map.of("code", code)).post("/api/v1/me/deputy-binding").then();
    }

    /** Binds a new citizen with a fresh code and answers their refreshed (DEPUTY) access token. */
    private String boundDeputy() {
        JsonPath citizen = Api.newCitizen("deputy");
        bind(citizen.getString("accessToken"), invite()).statusCode(200).body("deputyId", equalTo((int) deputy))
                .body("roles", hasItem("DEPUTY"));
        return given().contentType("application/json").body(Map.of("refreshToken", citizen.getString("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200).body("user.roles", hasItem("DEPUTY"))
                .extract().path("accessToken");
    }

    @Test
    void aCodeBindsOnceAndTheDeputyGainsTheRole() {
        String code = invite();
        JsonPath first = Api.newCitizen("binder");
        bind(first.getString("accessToken"), code.toLowerCase()).statusCode(200);
        given().get("/api/v1/deputies/" + deputy).then().body("bound", equalTo(true));

        bind(Api.newCitizen("latecomer").getString("accessToken"), code).statusCode(400)
                .body("code", equalTo("INVITATION_INVALID"));
        bind(Api.newCitizen("thief").getString("accessToken"), invite()).statusCode(409)
                .body("code", equalTo("DEPUTY_ALREADY_BOUND"));
    }

    @Test
    void aCodeExpiresAfterSevenDaysAndANewOneReplacesTheOld() {
        String old = invite();
        String current = invite();
        String citizen = Api.newCitizen("slow").getString("accessToken");
        bind(citizen, old).statusCode(400).body("code", equalTo("INVITATION_INVALID"));
        try {
            clock.advance(Duration.ofDays(7).plusMinutes(1));
            bind(citizen, current).statusCode(400).body("code", equalTo("INVITATION_INVALID"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void staffOfAnotherTownshipCannotInvite() {
        String other = People.staffIn(TestData.region(null, "外县" + System.nanoTime(), "COUNTY"));
        as(other).post("/api/v1/deputies/" + deputy + "/invitations").then().statusCode(404);
    }

    @Test
    void aProfileChangeWaitsForApproval() {
        String token = boundDeputy();
        as(token).body(Map.of("biography", "新简介：长期关注农村养老")).put("/api/v1/deputy/profile-change").then()
                .statusCode(200).body("state", equalTo("PENDING"));
        given().get("/api/v1/deputies/" + deputy).then().body("biography", equalTo("旧简介"));

        int id = as(staff).get("/api/v1/profile-changes").then().statusCode(200).extract().path("items[0].id");
        String other = People.staffIn(TestData.region(null, "外县" + System.nanoTime(), "COUNTY"));
        as(other).post("/api/v1/profile-changes/" + id + "/approve").then().statusCode(404);
        as(staff).post("/api/v1/profile-changes/" + id + "/approve").then().statusCode(200).body("state", equalTo("APPROVED"));
        given().get("/api/v1/deputies/" + deputy).then().body("biography", equalTo("新简介：长期关注农村养老"));
        as(staff).post("/api/v1/profile-changes/" + id + "/approve").then().statusCode(409);
    }

    @Test
    void aRejectedChangeTellsTheDeputyWhy() {
        String token = boundDeputy();
        int id = as(token).body(Map.of("publicContact", "微信号 abc")).put("/api/v1/deputy/profile-change").then()
                .statusCode(200).extract().path("id");
        as(staff).body(Map.of("reason", "联系方式请填写办公电话")).post("/api/v1/profile-changes/" + id + "/reject").then()
                .statusCode(200).body("state", equalTo("REJECTED"));
        as(token).get("/api/v1/deputy/profile-change").then().body("state", equalTo("REJECTED"))
                .body("reason", equalTo("联系方式请填写办公电话"));
        given().get("/api/v1/deputies/" + deputy).then().body("publicContact", org.hamcrest.Matchers.nullValue());
    }
}
