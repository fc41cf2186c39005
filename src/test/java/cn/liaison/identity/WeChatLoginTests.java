package cn.liaison.identity;

import static cn.liaison.support.Api.wechatLogin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;

import org.junit.jupiter.api.Test;

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
