package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestClock;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A password reset or change ends every session of the account, and one's own needs the current password. */
@QuarkusTest
class PasswordSessionsTests {

    private static final String NEW_PASSWORD = "a-new-password-2";

    @Inject
    TestClock clock;

    private static String newStaff() {
        String username = "pw" + System.nanoTime();
        as(Api.adminToken()).header("Idempotency-Key", "pw-" + username)
                .body(Map.of("username", username, "displayName", "人大办", "password", People.STAFF_PASSWORD, "role", "STAFF",
                        "regionId", TestData.region(null, "密县" + System.nanoTime(), "COUNTY")))
                .post("/api/v1/admin/staff").then().statusCode(201);
        return username;
    }

    @Test
    void aResetEndsEverySessionOfTheAccount() throws Exception {
        String username = newStaff();
        JsonPath session = Api.passwordLogin(username, People.STAFF_PASSWORD).statusCode(200).extract().jsonPath();
        long id = session.getLong("user.id");
        as(Api.adminToken()).body(Map.of("password", NEW_PASSWORD)).put("/api/v1/admin/staff/" + id + "/password").then()
                .statusCode(200);

        as(session.getString("accessToken")).get("/api/v1/me").then().statusCode(401);
        Api.json().body(Map.of("refreshToken", session.getString("refreshToken"))).post("/api/v1/auth/refresh").then()
                .statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
        Api.passwordLogin(username, People.STAFF_PASSWORD).statusCode(401);
        String fresh = Api.passwordLogin(username, NEW_PASSWORD).statusCode(200).extract().path("accessToken");
        as(fresh).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anAdminCannotResetTheirOwnPasswordThroughStaffAdministration() {
        String admin = Api.adminToken();
        long self = as(admin).get("/api/v1/me").then().extract().jsonPath().getLong("id");
        as(admin).body(Map.of("password", NEW_PASSWORD)).put("/api/v1/admin/staff/" + self + "/password").then()
                .statusCode(409).body("code", equalTo("CANNOT_CHANGE_OWN_ACCOUNT"));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsEverySession() throws Exception {
        String username = newStaff();
        JsonPath session = Api.passwordLogin(username, People.STAFF_PASSWORD).statusCode(200).extract().jsonPath();
        String token = session.getString("accessToken");
        as(token).body(Map.of("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD)).put("/api/v1/me/password")
                .then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        as(token).body(Map.of("currentPassword", People.STAFF_PASSWORD, "newPassword", NEW_PASSWORD)).put("/api/v1/me/password")
                .then().statusCode(204);

        as(token).get("/api/v1/me").then().statusCode(401);
        Api.json().body(Map.of("refreshToken", session.getString("refreshToken"))).post("/api/v1/auth/refresh").then()
                .statusCode(401);
        String fresh = Api.passwordLogin(username, NEW_PASSWORD).statusCode(200).extract().path("accessToken");
        as(fresh).get("/api/v1/me").then().statusCode(200);
    }

    /** Whole seconds could not tell these apart: a session begun milliseconds before the reset ends with it. */
    @Test
    void aSessionBegunMillisecondsBeforeAResetEndsWithIt() {
        String username = newStaff();
        long id = Api.passwordLogin(username, People.STAFF_PASSWORD).statusCode(200).extract().jsonPath().getLong("user.id");
        for (int attempt = 0; attempt < 3; attempt++) {
            String password = NEW_PASSWORD + attempt;
            JsonPath session = Api.passwordLogin(username, attempt == 0 ? People.STAFF_PASSWORD : NEW_PASSWORD + (attempt - 1))
                    .statusCode(200).extract().jsonPath();
            clock.advance(Duration.ofMillis(3)); // the reset comes a few milliseconds after the session began
            as(Api.adminToken()).body(Map.of("password", password)).put("/api/v1/admin/staff/" + id + "/password").then()
                    .statusCode(200);

            as(session.getString("accessToken")).get("/api/v1/me").then().statusCode(401);
            Api.json().body(Map.of("refreshToken", session.getString("refreshToken"))).post("/api/v1/auth/refresh").then()
                    .statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
            String after = Api.passwordLogin(username, password).statusCode(200).extract().path("accessToken");
            as(after).get("/api/v1/me").then().statusCode(200); // begun just after the reset, in the same second: it stands
        }
    }
}
