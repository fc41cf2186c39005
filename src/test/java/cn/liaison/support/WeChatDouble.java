package cn.liaison.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** WireMock in WeChat's place, for every test profile: one server, stubs keyed by unique codes. */
@QuarkusTestResource(value = WeChatDouble.class, restrictToAnnotatedClass = false)
public class WeChatDouble implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        // Defaults every test can rely on; tests stub specific answers on top of them.
        platformToken("DEFAULT-PLATFORM-TOKEN");
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/wxa/msg_sec_check")).atPriority(10)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"errcode\":0,\"result\":{\"suggest\":\"pass\",\"label\":100}}")));
        // As WeChat answers a code it never issued: errcode 40029 in a 200, for login and for a phone.
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session")).atPriority(100)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
        server.stubFor(get(urlPathEqualTo("/sns/oauth2/access_token")).atPriority(100)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .atPriority(100)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}")));
        return Map.of("liaison.wechat.base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** jscode2session answers {@code body} for {@code code}, as JSON. */
    public static void loginAnswers(String code, String body) {
        loginAnswers(code, body, "application/json", 0);
    }

    public static void loginAnswers(String code, String body, String contentType, int delayMillis) {
        server.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))
                .withQueryParam("appid", equalTo("wx-test-app"))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType)
                        .withBody(body).withFixedDelay(delayMillis)));
    }

    /** The official account's oauth2/access_token answers {@code body} for {@code code}, as WeChat does: JSON in a 200. */
    public static void webLoginAnswers(String code, String body) {
        server.stubFor(get(urlPathEqualTo("/sns/oauth2/access_token"))
                .withQueryParam("code", equalTo(code))
                .withQueryParam("appid", equalTo("wx-test-web"))
                .withQueryParam("secret", equalTo("test-web-secret"))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body)));
    }

    /** A citizen's web authorisation code on the H5 page: the official account's openid and, if given, the unionid. */
    public static void webCitizen(String code, String openid, String unionid) {
        webLoginAnswers(code, "{\"access_token\":\"WEB-ACCESS-TOKEN\",\"expires_in\":7200,\"refresh_token\":\"WEB-REFRESH\","
                + "\"openid\":\"" + openid + "\",\"scope\":\"snsapi_base\"" + (unionid == null ? "" : ",\"unionid\":\"" + unionid + "\"") + "}");
    }

    /** stable_token hands out {@code token} to our test app. */
    public static void platformToken(String token) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/cgi-bin/stable_token")).atPriority(5)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"access_token\":\"" + token + "\",\"expires_in\":7200}")));
    }

    /** A citizen's code: WeChat answers this openid, with a session key that must never leave us. */
    public static void citizen(String code, String openid) {
        loginAnswers(code, "{\"openid\":\"" + openid + "\",\"session_key\":\"SECRET-SESSION-KEY\",\"unionid\":\"u-" + openid + "\"}");
    }
}
