package cn.liaison.identity;

import static cn.liaison.support.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The console's sign-in: the access token in the answer, the refresh token only in an HttpOnly cookie. */
@QuarkusTest
class ConsoleSessionTests {

    private static final String COOKIE = "liaison_console_refresh";

    private Response signIn(String username, String password) {
        return json().body(Map.of("username", username, "password", password)).post("/api/v1/auth/session");
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieScopedToTheSessionPaths() {
        Response answer = signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        answer.then().statusCode(200).body("accessToken", notNullValue()).body("refreshToken", nullValue())
                .body("user.username", equalTo(Api.ADMIN));
        String setCookie = answer.getHeader("Set-Cookie");
        assertTrue(setCookie.startsWith(COOKIE + "="), setCookie);
        for (String attribute : new String[] { "HttpOnly", "Secure", "SameSite=Strict", "Path=/api/v1/auth/session", "Max-Age=2592000" }) {
            assertTrue(setCookie.contains(attribute), "missing " + attribute + " in " + setCookie);
        }
        // The access token works like any other.
        Api.as(answer.path("accessToken")).get("/api/v1/me").then().statusCode(200).body("username", equalTo(Api.ADMIN));
    }

    @Test
    void theCookieRefreshesOnceAndAReplayedOneIsRefused() {
        String first = signIn(Api.ADMIN, Api.ADMIN_PASSWORD).then().statusCode(200).extract().cookie(COOKIE);
        Response refreshed = json().cookie(COOKIE, first).post("/api/v1/auth/session/refresh");
        refreshed.then().statusCode(200).body("accessToken", notNullValue());
        String second = refreshed.getCookie(COOKIE);
        assertNotEquals(first, second);
        // The spent cookie again: refused, and its family with it (the second one too).
        json().cookie(COOKIE, first).post("/api/v1/auth/session/refresh").then().statusCode(401)
                .body("code", equalTo("REFRESH_TOKEN_INVALID"));
        json().cookie(COOKIE, second).post("/api/v1/auth/session/refresh").then().statusCode(401);
    }

    @Test
    void withoutACookieThereIsNoSession() {
        json().post("/api/v1/auth/session/refresh").then().statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    @Test
    void signingOutRevokesTheCookiesFamilyAndClearsIt() {
        String cookie = signIn(Api.ADMIN, Api.ADMIN_PASSWORD).then().statusCode(200).extract().cookie(COOKIE);
        Response out = json().cookie(COOKIE, cookie).delete("/api/v1/auth/session");
        out.then().statusCode(204);
        assertTrue(out.getHeader("Set-Cookie").contains("Max-Age=0"), out.getHeader("Set-Cookie"));
        json().cookie(COOKIE, cookie).post("/api/v1/auth/session/refresh").then().statusCode(401);
        json().delete("/api/v1/auth/session").then().statusCode(204);
    }

    @Test
    void anAccountThatIsNeitherStaffNorAdminCannotUseTheConsole() {
        long township = TestData.region(null, "控县" + System.nanoTime(), "COUNTY");
        String token = People.staffIn(township);
        long userId = Api.as(token).get("/api/v1/me").then().extract().jsonPath().getLong("id");
        String username = Api.as(token).get("/api/v1/me").then().extract().path("username");
        TestData.sql("update users set roles = 'CITIZEN' where id = $1", userId);
        Response refused = signIn(username, People.STAFF_PASSWORD);
        refused.then().statusCode(403).body("code", equalTo("CONSOLE_STAFF_ONLY")).header("Set-Cookie", nullValue());
    }

    @Test
    void aWrongPasswordSetsNoCookie() {
        Response refused = signIn(Api.ADMIN, "wrong-password");
        refused.then().statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        assertEquals(null, refused.getHeader("Set-Cookie"));
    }
}
