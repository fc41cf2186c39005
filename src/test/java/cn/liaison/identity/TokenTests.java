package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static cn.liaison.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;

import javax.crypto.SecretKey;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.TestClock;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;

@QuarkusTest
class TokenTests {

    @Inject
    TestClock clock;

    @Test
    void aValidTokenOpensMe() {
        JsonPath citizen = Api.newCitizen("valid");
        as(citizen.getString("accessToken")).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(citizen.getInt("user.id")));
    }

    @Test
    void noTokenAnswers401() {
        json().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anExpiredTokenAnswers401() {
        long id = Api.newCitizen("expired").getLong("user.id");
        as(TestTokens.expired(id, "CITIZEN")).get("/api/v1/me").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTamperedTokenAnswers401() {
        long id = Api.newCitizen("tampered").getLong("user.id");
        as(TestTokens.tampered(id)).get("/api/v1/admin/staff").then().statusCode(401);
    }

    @Test
    void aTokenUsedBeforeStillOpensAndAnEditedCopyOfItDoesNot() {
        String token = Api.newCitizen("remembered").getString("accessToken");
        as(token).get("/api/v1/me").then().statusCode(200);
        as(token).get("/api/v1/me").then().statusCode(200);
        as(TestTokens.tampered(token)).get("/api/v1/admin/staff").then().statusCode(401);
        as(token).get("/api/v1/admin/staff").then().statusCode(403);
    }

    @Test
    void aTokenFromAnotherIssuerAnswers401() {
        long id = Api.newCitizen("issuer").getLong("user.id");
        as(TestTokens.wrongIssuer(id, "ADMIN")).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithAnotherKeyAnswers401() throws Exception {
        long id = Api.newCitizen("otherkey").getLong("user.id");
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        // RS256 from someone's own key pair: an algorithm the service does not take
        String forged = TestTokens.claims(id, "ADMIN").jws().algorithm(SignatureAlgorithm.RS256)
                .sign(generator.generateKeyPair().getPrivate());
        as(forged).get("/api/v1/me").then().statusCode(401);
        // HS256 under the service's own key id, with a secret guessed
        String guessed = TestTokens.claims(id, "ADMIN").jws().keyId("test-2026-12").algorithm(SignatureAlgorithm.HS256)
                .sign(KeyUtils.createSecretKeyFromSecret("a-secret-of-at-least-thirty-two-bytes!"));
        as(guessed).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenSignedWithTheSetsOlderKeyStillOpensAndAnUnknownKeyIdDoesNot() throws Exception {
        long id = Api.newCitizen("rotation").getLong("user.id");
        SecretKey olderKey = (SecretKey) KeyUtils.readSigningKey("keys/test-jwt-keys.json", "test-2026-06", SignatureAlgorithm.HS256);
        // issued before the rotation, with the key the service signed with until then
        String older = TestTokens.claims(id, "CITIZEN").jws().keyId("test-2026-06").algorithm(SignatureAlgorithm.HS256)
                .sign(olderKey);
        as(older).get("/api/v1/me").then().statusCode(200).body("id", equalTo((int) id));
        String unknown = TestTokens.claims(id, "CITIZEN").jws().keyId("retired-2025").algorithm(SignatureAlgorithm.HS256)
                .sign(olderKey);
        as(unknown).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theServiceSignsWithTheKeyItIsToldToAndSaysWhichInTheHeader() {
        String token = Api.newCitizen("kid").getString("accessToken");
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertThat(header, containsString("\"kid\":\"test-2026-12\""));
        assertThat(header, containsString("\"alg\":\"HS256\""));
    }

    @Test
    void aCitizenMayNotUseAdminEndpoints() {
        String token = Api.newCitizen("wrongrole").getString("accessToken");
        as(token).get("/api/v1/admin/staff").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void refreshRotatesTheTokenAndTheOldOneIsSpent() {
        JsonPath citizen = Api.newCitizen("rotate");
        String first = citizen.getString("refreshToken");
        JsonPath refreshed = refresh(first).statusCode(200).extract().jsonPath();
        String second = refreshed.getString("refreshToken");
        assertThat(second, not(equalTo(first)));
        as(refreshed.getString("accessToken")).get("/api/v1/me").then().statusCode(200);
        refresh(second).statusCode(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        String first = Api.newCitizen("reuse").getString("refreshToken");
        String second = refresh(first).statusCode(200).extract().path("refreshToken");
        refresh(first).statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
        // The thief presented the old token: the legitimate newer one dies with the family.
        refresh(second).statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    @Test
    void logoutRevokesTheFamily() {
        String first = Api.newCitizen("logout").getString("refreshToken");
        String second = refresh(first).statusCode(200).extract().path("refreshToken");
        json().body(Map.of("refreshToken", second)).post("/api/v1/auth/logout").then().statusCode(204);
        refresh(second).statusCode(401);
    }

    @Test
    void aGarbageRefreshTokenAnswers401() {
        refresh("not-a-token").statusCode(401).body("code", equalTo("REFRESH_TOKEN_INVALID"));
    }

    @Test
    void aDisabledAccountIsShutOutAlthoughItsTokenIsValid() {
        String admin = Api.adminToken();
        String username = "disabled" + System.nanoTime();
        int id = StaffAdminTests.createStaff(admin, username).extract().path("id");
        JsonPath staff = Api.passwordLogin(username, StaffAdminTests.PASSWORD).statusCode(200).extract().jsonPath();
        as(staff.getString("accessToken")).get("/api/v1/me").then().statusCode(200);

        as(admin).post("/api/v1/admin/staff/" + id + "/disable").then().statusCode(200).body("disabled", equalTo(true));

        as(staff.getString("accessToken")).get("/api/v1/me").then().statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        refresh(staff.getString("refreshToken")).statusCode(401);
        Api.passwordLogin(username, StaffAdminTests.PASSWORD).statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
    }

    @Test
    void anAccountDisabledElsewhereIsShutOutOnceThisInstanceLooksAgain() {
        String username = "admin" + System.nanoTime();
        Map<String, Object> body = StaffAdminTests.newStaff(username);
        body.put("role", "ADMIN");
        long id = as(Api.adminToken()).header("Idempotency-Key", "k-" + username).body(body).post("/api/v1/admin/staff")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String token = Api.passwordLogin(username, StaffAdminTests.PASSWORD).statusCode(200).extract().path("accessToken");
        as(token).get("/api/v1/admin/staff").then().statusCode(200);
        // Another instance disabled the account; this one trusts what it saw for up to 30 seconds.
        TestData.sql("update users set disabled = true where id = $1", id);
        as(token).get("/api/v1/admin/staff").then().statusCode(200);
        try {
            clock.advance(Duration.ofSeconds(31));
            as(token).get("/api/v1/admin/staff").then().statusCode(401).body("code", equalTo("ACCOUNT_DISABLED"));
        } finally {
            clock.reset();
        }
    }

    private static io.restassured.response.ValidatableResponse refresh(String token) {
        return given().contentType("application/json").body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh").then();
    }
}
