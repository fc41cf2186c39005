package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class StaffAdminTests {

    static final String PASSWORD = "township-office-1";
    private static Long township;

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = Api.adminToken();
    }

    static long township() {
        if (township == null) {
            township = TestData.region(TestData.region(null, "测试县", "COUNTY"), "测试镇", "TOWNSHIP");
        }
        return township;
    }

    static Map<String, Object> newStaff(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "镇人大办");
        body.put("password", PASSWORD);
        body.put("role", "STAFF");
        body.put("regionId", township());
        return body;
    }

    static ValidatableResponse createStaff(String adminToken, String username) {
        return as(adminToken).header("Idempotency-Key", "create-" + username).body(newStaff(username))
                .post("/api/v1/admin/staff").then().statusCode(201);
    }

    @Test
    void anAdminCreatesAStaffMemberWhoCanSignIn() {
        String username = "clerk" + System.nanoTime();
        createStaff(admin, username)
                .header("Location", notNullValue())
                .body("username", equalTo(username))
                .body("role", equalTo("STAFF"))
                .body("regionId", equalTo((int) township()))
                .body("password", nullValue());
        Api.passwordLogin(username, PASSWORD).statusCode(200).body("user.regionId", equalTo((int) township()));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameAccountAndCreatesNothing() {
        String username = "retry" + System.nanoTime();
        var first = createStaff(admin, username).header("Idempotent-Replayed", "false").extract().jsonPath();
        int id = first.getInt("id");
        createStaff(admin, username).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("createdAt", equalTo(first.getString("createdAt"))); // the same time, in the same zone
        assertEquals(1, TestData.sql("select count(*) from users where username = $1", username).iterator().next().getLong(0));
    }

    @Test
    void aRetryAfterRedisLostEverythingStillCreatesNothing() {
        String username = "flushed" + System.nanoTime();
        int id = createStaff(admin, username).extract().path("id");
        createStaff(admin, username).body("id", equalTo(id));
        TestData.flushRedis();
        createStaff(admin, username).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, TestData.sql("select count(*) from users where username = $1", username).iterator().next().getLong(0));
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422() {
        String username = "reused" + System.nanoTime();
        createStaff(admin, username);
        Map<String, Object> other = newStaff(username + "x");
        as(admin).header("Idempotency-Key", "create-" + username).body(other).post("/api/v1/admin/staff").then()
                .statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void aCreateWithoutKeyAnswers400() {
        as(admin).body(newStaff("nokey" + System.nanoTime())).post("/api/v1/admin/staff").then()
                .statusCode(400).body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
    }

    @Test
    void aTakenUsernameAnswers409() {
        String username = "taken" + System.nanoTime();
        createStaff(admin, username);
        as(admin).header("Idempotency-Key", "other-" + username).body(newStaff(username.toUpperCase()))
                .post("/api/v1/admin/staff").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));
    }

    @Test
    void staffNeedARegionThatExists() {
        Map<String, Object> body = newStaff("noregion" + System.nanoTime());
        body.remove("regionId");
        as(admin).header("Idempotency-Key", "k-" + System.nanoTime()).body(body).post("/api/v1/admin/staff").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("regionId"));
        body.put("regionId", 987654321);
        as(admin).header("Idempotency-Key", "k-" + System.nanoTime()).body(body).post("/api/v1/admin/staff").then()
                .statusCode(422).body("code", equalTo("UNKNOWN_REGION"));
    }

    @Test
    void aWeakPasswordIsRefusedWithItsField() {
        Map<String, Object> body = newStaff("weak" + System.nanoTime());
        body.put("password", "1234567890");
        as(admin).header("Idempotency-Key", "k-" + System.nanoTime()).header("Accept-Language", "en").body(body)
                .post("/api/v1/admin/staff").then().statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("at least 10 characters, not only digits"));
    }

    @Test
    void theListIsPagedWithACursorThatNeverRepeatsAnAccount() {
        for (int i = 0; i < 3; i++) {
            createStaff(admin, "paged" + i + "-" + System.nanoTime());
        }
        Set<Integer> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(admin).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/admin/staff").then().statusCode(200).extract().jsonPath();
            for (Integer id : page.<Integer>getList("items.id")) {
                org.junit.jupiter.api.Assertions.assertTrue(seen.add(id), "account " + id + " shown twice");
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        org.junit.jupiter.api.Assertions.assertTrue(seen.size() >= 4 && pages >= 2);
    }

    @Test
    void aTamperedCursorAnswers400() {
        as(admin).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/admin/staff").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void anAdminChangesTheScopeAndResetsThePassword() {
        String username = "moved" + System.nanoTime();
        int id = createStaff(admin, username).extract().path("id");
        long village = TestData.region(township(), "测试村", "VILLAGE");
        as(admin).body(Map.of("regionId", village)).patch("/api/v1/admin/staff/" + id).then()
                .statusCode(200).body("regionId", equalTo((int) village));
        as(admin).body(Map.of("password", "a-new-password")).put("/api/v1/admin/staff/" + id + "/password").then().statusCode(200);
        Api.passwordLogin(username, PASSWORD).statusCode(401);
        Api.passwordLogin(username, "a-new-password").statusCode(200);
    }

    @Test
    void anAdminCannotDisableThemself() {
        int me = as(admin).get("/api/v1/me").then().extract().path("id");
        as(admin).post("/api/v1/admin/staff/" + me + "/disable").then().statusCode(409)
                .body("code", equalTo("CANNOT_CHANGE_OWN_ACCOUNT"));
    }

    @Test
    void staffMayNotAdministerStaff() {
        String username = "notadmin" + System.nanoTime();
        createStaff(admin, username);
        String staff = Api.passwordLogin(username, PASSWORD).extract().path("accessToken");
        as(staff).get("/api/v1/admin/staff").then().statusCode(403);
    }

    @Test
    void anUnknownAccountAnswers404() {
        as(admin).get("/api/v1/admin/staff/99999999").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(admin).get("/api/v1/admin/staff").then().statusCode(200).body("items", org.hamcrest.Matchers.not(hasSize(0)));
    }
}
