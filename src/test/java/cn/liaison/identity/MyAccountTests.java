package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.TestData;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Row;

@QuarkusTest
class MyAccountTests {

    private static final String TOKEN = "PLATFORM-TOKEN-1";

    @BeforeEach
    void weChatHandsOutAPlatformToken() {
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .withRequestBody(equalToJson("{\"grant_type\":\"client_credential\",\"appid\":\"wx-test-app\",\"secret\":\"test-app-secret\",\"force_refresh\":false}"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}")));
    }

    private static void phoneFor(String code, String accessToken, String answer) {
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withQueryParam("access_token", equalTo(accessToken))
                .withRequestBody(equalToJson("{\"code\":\"" + code + "\"}"))
                .willReturn(okJson(answer)));
    }

    private static String phoneInfo(String phone) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"phone_info\":{\"phoneNumber\":\"" + phone + "\",\"purePhoneNumber\":\""
                + phone + "\",\"countryCode\":86,\"watermark\":{\"appid\":\"wx-test-app\"}}}";
    }

    @Test
    void aCitizenChangesTheirNicknameAndAvatar() {
        String token = Api.newCitizen("profile").getString("accessToken");
        as(token).body(Map.of("nickname", "老李", "avatarUrl", "https://example.org/a.png")).patch("/api/v1/me").then()
                .statusCode(200).body("nickname", org.hamcrest.Matchers.equalTo("老李"));
        as(token).get("/api/v1/me").then().body("avatarUrl", org.hamcrest.Matchers.equalTo("https://example.org/a.png"));
        as(token).body(Map.of("avatarUrl", "javascript:alert(1)")).patch("/api/v1/me").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("avatarUrl"));
    }

    @Test
    void aBoundPhoneIsShownInFullToItsOwnerAndEncryptedAtRest() {
        JsonPath citizen = Api.newCitizen("phone");
        phoneFor("phone-code-1", TOKEN, phoneInfo("13812345678"));
        as(citizen.getString("accessToken")).body(Map.of("code", "phone-code-1")).post("/api/v1/me/phone").then()
                .statusCode(200).body("phone", org.hamcrest.Matchers.equalTo("13812345678"));

        Row stored = TestData.sql("select phone_cipher, phone_hash from users where id = $1", citizen.getLong("user.id"))
                .iterator().next();
        assertThat(stored.getString(0), not(containsString("13812345678")));
        assertThat(stored.getString(1), not(containsString("13812345678")));
        assertThat(stored.getString(1), notNullValue());
    }

    @Test
    void anExpiredPlatformTokenIsDroppedAndFetchedAgain() {
        TestData.redisSet("wechat:platform-token", "STALE-TOKEN");
        phoneFor("phone-code-2", "STALE-TOKEN", "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}");
        phoneFor("phone-code-2", TOKEN, phoneInfo("13900001111"));
        String token = Api.newCitizen("stale").getString("accessToken");
        as(token).body(Map.of("code", "phone-code-2")).post("/api/v1/me/phone").then()
                .statusCode(200).body("phone", org.hamcrest.Matchers.equalTo("13900001111"));
        WeChatDouble.server().verify(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void instancesShareOnePlatformTokenAndOnlyOneFetchesIt() throws Exception {
        TestData.redisDelete("wechat:platform-token");
        WeChatDouble.server().resetRequests();
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":7200}").withFixedDelay(400)));
        phoneFor("phone-code-crowd", TOKEN, phoneInfo("13600000000"));
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(Api.newCitizen("crowd" + i).getString("accessToken"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        var calls = tokens.stream().map(token -> pool.submit(() -> as(token).body(Map.of("code", "phone-code-crowd"))
                .post("/api/v1/me/phone").then().extract().statusCode())).toList();
        for (var call : calls) {
            org.junit.jupiter.api.Assertions.assertEquals(200, call.get());
        }
        pool.shutdown();
        WeChatDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void anInvalidPhoneCodeAnswers400() {
        phoneFor("phone-code-bad", TOKEN, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        String token = Api.newCitizen("badphone").getString("accessToken");
        as(token).body(Map.of("code", "phone-code-bad")).post("/api/v1/me/phone").then()
                .statusCode(400).body("code", org.hamcrest.Matchers.equalTo("WECHAT_PHONE_CODE_INVALID"));
    }

    @Test
    void phoneBindingIsRateLimitedPerUserWithRetryAfter() {
        phoneFor("phone-code-limit", TOKEN, phoneInfo("13700000000"));
        String token = Api.newCitizen("limited").getString("accessToken");
        for (int i = 0; i < 3; i++) {
            as(token).body(Map.of("code", "phone-code-limit")).post("/api/v1/me/phone").then().statusCode(200);
        }
        as(token).body(Map.of("code", "phone-code-limit")).post("/api/v1/me/phone").then()
                .statusCode(429).header("Retry-After", notNullValue())
                .body("code", org.hamcrest.Matchers.equalTo("RATE_LIMITED"));
        // Another citizen has a limit of their own.
        as(Api.newCitizen("unlimited").getString("accessToken")).body(Map.of("code", "phone-code-limit"))
                .post("/api/v1/me/phone").then().statusCode(200);
    }

    @Test
    void deletingTheAccountErasesItAndShutsItOut() {
        String code = "code-delete-" + System.nanoTime();
        WeChatDouble.citizen(code, "openid-delete");
        JsonPath citizen = Api.wechatLogin(code).statusCode(200).extract().jsonPath();
        String token = citizen.getString("accessToken");
        as(token).body(Map.of("nickname", "要注销的人")).patch("/api/v1/me").then().statusCode(200);

        as(token).delete("/api/v1/me").then().statusCode(204);

        as(token).get("/api/v1/me").then().statusCode(401);
        Row stored = TestData.sql("select openid, nickname, deleted_at from users where id = $1", citizen.getLong("user.id"))
                .iterator().next();
        assertThat(stored.getString(0), nullValue());
        assertThat(stored.getString(1), nullValue());
        assertThat(stored.getValue(2), notNullValue());
        // Signing in again with the same WeChat account starts afresh.
        String again = "code-delete-again-" + System.nanoTime();
        WeChatDouble.citizen(again, "openid-delete");
        Api.wechatLogin(again).statusCode(200).body("user.id", not(org.hamcrest.Matchers.equalTo(citizen.getInt("user.id"))));
    }

    @Test
    void staffCannotDeleteThemselves() {
        as(Api.adminToken()).delete("/api/v1/me").then().statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("ACCOUNT_MANAGED_BY_ADMIN"));
    }
}
