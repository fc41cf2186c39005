package cn.liaison.identity;

import static cn.liaison.support.Api.passwordLogin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PasswordLoginTests {

    @Test
    void theBootstrapAdminSignsIn() {
        passwordLogin(Api.ADMIN, Api.ADMIN_PASSWORD).statusCode(200)
                .body("user.roles", hasItem("ADMIN"))
                .body("user.username", equalTo(Api.ADMIN));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAnswerTheSame() {
        passwordLogin(Api.ADMIN, "wrong-password").statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        passwordLogin("nobody-" + System.nanoTime(), "wrong-password").statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        String username = "lockme" + System.nanoTime();
        StaffAdminTests.createStaff(Api.adminToken(), username);
        for (int i = 0; i < 4; i++) {
            passwordLogin(username, "wrong-password").statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        }
        passwordLogin(username, "wrong-password").statusCode(423).body("code", equalTo("ACCOUNT_LOCKED"))
                .header("Retry-After", notNullValue());
        passwordLogin(username, StaffAdminTests.PASSWORD).statusCode(423).body("code", equalTo("ACCOUNT_LOCKED"));
    }

    @Test
    void aGuesserElsewhereLocksOnlyTheirOwnAddress() {
        String username = "target" + System.nanoTime();
        StaffAdminTests.createStaff(Api.adminToken(), username);
        // Addresses from the documentation ranges, as a proxy in front of the service reports them.
        for (int i = 0; i < 5; i++) {
            from("203.0.113.66", username, "guess-" + i).statusCode(i < 4 ? 401 : 423);
        }
        from("203.0.113.66", username, StaffAdminTests.PASSWORD).statusCode(423).body("code", equalTo("ACCOUNT_LOCKED"));
        from("198.51.100.7", username, StaffAdminTests.PASSWORD).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse from(String address, String username, String password) {
        return Api.json().header("X-Forwarded-For", address).body(java.util.Map.of("username", username, "password", password))
                .post("/api/v1/auth/password-login").then();
    }

    @Test
    void usernamesAreCaseInsensitive() {
        passwordLogin("ADMIN", Api.ADMIN_PASSWORD).statusCode(200);
    }
}
