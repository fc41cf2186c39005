package cn.liaison.identity;

import static cn.liaison.support.Api.wechatLogin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

@QuarkusTest
class WeChatLoginTests {

    @Test
    void firstSignInCreatesTheCitizenAndTheSessionKeyStaysOnTheServer() {
        WeChatDouble.citizen("code-first", "openid-first");
        String body = wechatLogin("code-first").statusCode(200)
                .body("accessToken", notNullValue())
                .body("refreshToken", notNullValue())
                .body("expiresIn", equalTo(900))
                .body("user.roles", hasItem("CITIZEN"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("SECRET-SESSION-KEY")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("openid-first")));
    }

    @Test
    void theSameOpenidSignsIntoTheSameAccount() {
        WeChatDouble.citizen("code-again-1", "openid-again");
        WeChatDouble.citizen("code-again-2", "openid-again");
        int first = wechatLogin("code-again-1").statusCode(200).extract().path("user.id");
        wechatLogin("code-again-2").statusCode(200).body("user.id", equalTo(first));
    }

    @Test
    void theH5PageSignsInWithTheOfficialAccountsCode() {
        WeChatDouble.webCitizen("web-code-only", "web-openid-only", null);
        int first = webLogin("web-code-only").statusCode(200)
                .body("accessToken", notNullValue())
                .body("user.roles", hasItem("CITIZEN"))
                .extract().path("user.id");
        WeChatDouble.webCitizen("web-code-only-again", "web-openid-only", null);
        webLogin("web-code-only-again").statusCode(200).body("user.id", equalTo(first));
    }

    @Test
    void theMiniProgramFirstThenTheH5PageAreOneCitizenByTheirUnionid() {
        WeChatDouble.loginAnswers("mp-first", "{\"openid\":\"mp-openid-a\",\"session_key\":\"k\",\"unionid\":\"union-a\"}");
        WeChatDouble.webCitizen("web-second", "web-openid-a", "union-a");
        int citizen = wechatLogin("mp-first").statusCode(200).extract().path("user.id");
        webLogin("web-second").statusCode(200).body("user.id", equalTo(citizen));
        WeChatDouble.loginAnswers("mp-third", "{\"openid\":\"mp-openid-a\",\"session_key\":\"k\",\"unionid\":\"union-a\"}");
        wechatLogin("mp-third").statusCode(200).body("user.id", equalTo(citizen));
    }

    @Test
    void theH5PageFirstThenTheMiniProgramAreOneCitizenByTheirUnionid() {
        WeChatDouble.webCitizen("web-first", "web-openid-b", "union-b");
        WeChatDouble.loginAnswers("mp-second", "{\"openid\":\"mp-openid-b\",\"session_key\":\"k\",\"unionid\":\"union-b\"}");
        int citizen = webLogin("web-first").statusCode(200).extract().path("user.id");
        wechatLogin("mp-second").statusCode(200).body("user.id", equalTo(citizen));
        WeChatDouble.webCitizen("web-third", "web-openid-b", "union-b");
        webLogin("web-third").statusCode(200).body("user.id", equalTo(citizen));
    }

    @Test
    void withoutAUnionidTheTwoAppsAreTwoAccounts() {
        WeChatDouble.loginAnswers("mp-alone", "{\"openid\":\"mp-openid-c\",\"session_key\":\"k\"}");
        WeChatDouble.webCitizen("web-alone", "web-openid-c", null);
        int mini = wechatLogin("mp-alone").statusCode(200).extract().path("user.id");
        webLogin("web-alone").statusCode(200).body("user.id", not(equalTo(mini)));
    }

    @Test
    void aBadWebCodeOrASnapshotPageIsRefusedAsWeChatSaysIt() {
        webLogin("web-never-issued").statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("WECHAT_CODE_INVALID"));
        WeChatDouble.webLoginAnswers("web-used", "{\"errcode\":40163,\"errmsg\":\"code been used\"}");
        webLogin("web-used").statusCode(401).body("code", equalTo("WECHAT_CODE_INVALID"));
        WeChatDouble.webLoginAnswers("web-snapshot", "{\"access_token\":\"t\",\"openid\":\"snapshot\",\"is_snapshotuser\":1}");
        webLogin("web-snapshot").statusCode(401).body("code", equalTo("WECHAT_CODE_INVALID"));
        WeChatDouble.webLoginAnswers("web-limited", "{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}");
        webLogin("web-limited").statusCode(429).header("Retry-After", notNullValue()).body("code", equalTo("WECHAT_RATE_LIMITED"));
        Api.json().body("{}").post("/api/v1/auth/wechat-web-login").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private static io.restassured.response.ValidatableResponse webLogin(String code) {
        return Api.json().body(java.util.Map.of("code", code)).post("/api/v1/auth/wechat-web-login").then();
    }

    @Test
    void anAnswerLabelledTextPlainIsStillReadAsJson() {
        WeChatDouble.loginAnswers("code-plain", "{\"openid\":\"openid-plain\",\"session_key\":\"k\"}", "text/plain", 0);
        wechatLogin("code-plain").statusCode(200).body("user.roles", hasItem("CITIZEN"));
    }

    @Test
    void anInvalidCodeAnswers401() {
        WeChatDouble.loginAnswers("code-invalid", "{\"errcode\":40029,\"errmsg\":\"invalid code\"}", "text/plain", 0);
        wechatLogin("code-invalid").statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("WECHAT_CODE_INVALID"));
    }

    @Test
    void aUsedCodeAnswers401() {
        WeChatDouble.loginAnswers("code-used", "{\"errcode\":40163,\"errmsg\":\"code been used\"}");
        wechatLogin("code-used").statusCode(401).body("code", equalTo("WECHAT_CODE_INVALID"));
    }

    @Test
    void weChatsRateLimitAnswers429WithRetryAfter() {
        WeChatDouble.loginAnswers("code-limited", "{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}");
        wechatLogin("code-limited").statusCode(429).header("Retry-After", notNullValue())
                .body("code", equalTo("WECHAT_RATE_LIMITED"));
    }

    @Test
    void aRiskyUserAnswers403() {
        WeChatDouble.loginAnswers("code-risky", "{\"errcode\":40226,\"errmsg\":\"high risk user\"}");
        wechatLogin("code-risky").statusCode(403).body("code", equalTo("WECHAT_USER_RISKY"));
    }

    @Test
    void aBusyWeChatAnswers503() {
        WeChatDouble.loginAnswers("code-busy", "{\"errcode\":-1,\"errmsg\":\"system error\"}");
        wechatLogin("code-busy").statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    @Test
    void aSlowWeChatAnswers503InsteadOfHanging() {
        WeChatDouble.loginAnswers("code-slow", "{\"openid\":\"openid-slow\"}", "application/json", 4000);
        long started = System.nanoTime();
        wechatLogin("code-slow").statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(tookMillis < 3900, "answered after " + tookMillis + " ms");
    }

    @Test
    void anUnreachableWeChatAnswers503() {
        WeChatDouble.server().stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", com.github.tomakehurst.wiremock.client.WireMock.equalTo("code-reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wechatLogin("code-reset").statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    /**
     * When WeChat keeps failing, sign-ins answer 503 at once without asking it (the circuit is open),
     * and ask again after the delay (one second in tests). The window is the last 20 calls.
     */
    @Test
    void aWeChatThatKeepsFailingIsNotAskedUntilItHasHadARest() throws InterruptedException {
        WeChatDouble.server().stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", com.github.tomakehurst.wiremock.client.WireMock.matching("code-down-.*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 20; i++) {
            wechatLogin("code-down-" + i).statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
        }
        WeChatDouble.citizen("code-while-open", "openid-while-open");
        wechatLogin("code-while-open").statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
        WeChatDouble.server().verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", com.github.tomakehurst.wiremock.client.WireMock.equalTo("code-while-open")));

        Thread.sleep(1_200);
        WeChatDouble.citizen("code-after-rest-1", "openid-after-rest");
        WeChatDouble.citizen("code-after-rest-2", "openid-after-rest");
        wechatLogin("code-after-rest-1").statusCode(200);
        wechatLogin("code-after-rest-2").statusCode(200);
    }

    @Test
    void garbageFromWeChatAnswers503() {
        WeChatDouble.loginAnswers("code-garbage", "<html>gateway error</html>", "text/html", 0);
        wechatLogin("code-garbage").statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    @Test
    void aMissingCodeIsAValidationError() {
        cn.liaison.support.Api.json().body("{}").post("/api/v1/auth/wechat-login").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("code"));
    }
}
