package cn.liaison.notification;

import static cn.liaison.support.Api.as;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotificationTests {

    private static final String SEND = "/cgi-bin/message/subscribe/send";

    @Inject
    NotificationDispatcher dispatcher;

    private Desk desk;

    @BeforeEach
    void deskWithAnEmptyOutbox() {
        desk = Desk.open("通知");
        // What other tests left in the outbox goes first, so each test sees only its own sending.
        while (dispatcher.dispatchDue().await().indefinitely() > 0) {
            continue;
        }
    }

    private void consent(String... templateIds) {
        as(desk.citizen).header("Idempotency-Key", "consent-" + System.nanoTime())
                .body(Map.of("templateIds", List.of(templateIds))).post("/api/v1/me/subscriptions").then().statusCode(200);
    }

    private void wechatAnswers(String scenarioState, String nextState, String body) {
        WeChatDouble.server().stubFor(post(urlPathEqualTo(SEND)).inScenario(desk.citizenOpenid)
                .whenScenarioStateIs(scenarioState).willSetStateTo(nextState)
                .withRequestBody(matchingJsonPath("$.touser", equalTo(desk.citizenOpenid)))
                .willReturn(okJson(body)));
    }

    private List<LoggedRequest> sentToCitizen() {
        return WeChatDouble.server().findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(desk.citizenOpenid))));
    }

    private Map<String, Object> stored(long opinionId, String kind) {
        var row = TestData.sql("select state, channel, attempts from notifications where opinion_id = $1 and kind = $2",
                opinionId, kind).iterator().next();
        return Map.of("state", row.getString(0), "channel", String.valueOf(row.getString(1)), "attempts", row.getInteger(2));
    }

    private int remaining(String templateId) {
        var rows = TestData.sql("select remaining from subscription_quotas where user_id = $1 and template_id = $2",
                desk.citizenId, templateId);
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
    }

    @Test
    void aWeChatFailureIsRetriedAndTheMessageSentOnce() {
        consent("tpl-accepted");
        wechatAnswers(Scenario.STARTED, "failed-once", "{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wechatAnswers("failed-once", "sent", "{\"errcode\":0,\"errmsg\":\"ok\"}");
        long id = desk.submit("路灯不亮需要维修的意见，标题比较长一点点哦");
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);

        dispatcher.dispatchDue().await().indefinitely();
        assertEquals(Map.of("state", "PENDING", "channel", "null", "attempts", 1), stored(id, "OPINION_ACCEPTED"));
        assertEquals(1, remaining("tpl-accepted"), "a failed send gives the consent back");

        dispatcher.dispatchDue().await().indefinitely();
        dispatcher.dispatchDue().await().indefinitely();
        assertEquals(Map.of("state", "DELIVERED", "channel", "WECHAT_SUBSCRIBE", "attempts", 2), stored(id, "OPINION_ACCEPTED"));
        assertEquals(2, sentToCitizen().size(), "one failure, one success, nothing more");
        assertEquals(0, remaining("tpl-accepted"));

        String body = sentToCitizen().get(1).getBodyAsString();
        var json = io.restassured.path.json.JsonPath.from(body);
        assertEquals("tpl-accepted", json.getString("template_id")); // set in the environment (pom.xml)
        assertTrue(String.valueOf(json.getString("data.character_string1.value")).startsWith("SQ"),
                "the fields set in the environment's one line: " + body);
        assertEquals("pages/opinion/detail?id=" + id, json.getString("page"));
        String thing = json.getString("data.thing2.value");
        assertEquals(20, thing.codePointCount(0, thing.length()), "a thing field holds at most 20 characters: " + thing);
        assertTrue(thing.endsWith("…"));
        as(desk.citizen).get("/api/v1/me/notifications").then()
                .body("items.find { it.opinionId == " + id + " }.channel", Matchers.equalTo("WECHAT_SUBSCRIBE"))
                .body("items.find { it.opinionId == " + id + " }.label", Matchers.equalTo("已受理"));
    }

    @Test
    void aRefusalFromWeChatLeavesTheNotificationInTheInbox() {
        consent("tpl-accepted", "tpl-accepted");
        wechatAnswers(Scenario.STARTED, Scenario.STARTED, "{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");
        long id = desk.submit("用户拒收的通知");
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);

        dispatcher.dispatchDue().await().indefinitely();
        assertEquals(Map.of("state", "DELIVERED", "channel", "INBOX", "attempts", 1), stored(id, "OPINION_ACCEPTED"));
        assertEquals(0, remaining("tpl-accepted"), "WeChat knows better than our count");
        as(desk.citizen).get("/api/v1/me/notifications/unread-count").then().body("unread", Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void withoutAConsentLeftNothingGoesToWeChat() {
        long id = desk.submit("没有订阅的通知");
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        dispatcher.dispatchDue().await().indefinitely();
        assertEquals(Map.of("state", "DELIVERED", "channel", "INBOX", "attempts", 1), stored(id, "OPINION_ACCEPTED"));
        assertEquals(0, sentToCitizen().size());

        long notification = as(desk.citizen).get("/api/v1/me/notifications?unread=true").then().statusCode(200)
                .body("items.opinionId", hasItem((int) id)).extract().jsonPath().getLong("items[0].id");
        as(desk.citizen).post("/api/v1/me/notifications/" + notification + "/read").then().statusCode(200)
                .body("readAt", Matchers.notNullValue());
        as(desk.staff).post("/api/v1/me/notifications/" + notification + "/read").then().statusCode(404);
    }

    @Test
    void repeatedFailuresParkTheNotificationForAnAdminToResend() {
        consent("tpl-accepted");
        wechatAnswers(Scenario.STARTED, Scenario.STARTED, "{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        long id = desk.submit("一直发送失败的通知");
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            dispatcher.dispatchDue().await().indefinitely();
        }
        assertEquals(Map.of("state", "PARKED", "channel", "null", "attempts", 3), stored(id, "OPINION_ACCEPTED"));
        assertEquals(3, sentToCitizen().size(), "max-attempts is 3 in tests");
        assertEquals(1, remaining("tpl-accepted"), "the consent is still unused");

        String admin = Api.adminToken();
        long parked = as(admin).get("/api/v1/admin/notifications/parked?limit=100").then().statusCode(200)
                .body("items.notification.opinionId", hasItem((int) id))
                .extract().jsonPath().getLong("items.find { it.notification.opinionId == " + id + " }.notification.id");
        as(admin).post("/api/v1/admin/notifications/" + parked + "/resend").then().statusCode(200)
                .body("notification.state", Matchers.equalTo("PENDING"));
        as(admin).post("/api/v1/admin/notifications/" + parked + "/resend").then().statusCode(404);
        as(desk.staff).get("/api/v1/admin/notifications/parked").then().statusCode(403);
    }

    @Test
    void aConsentReportedTwiceByARetryingPhoneCountsOnce() {
        String key = "consent-retry-" + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            as(desk.citizen).header("Idempotency-Key", key).body(Map.of("templateIds", List.of("tpl-replied")))
                    .post("/api/v1/me/subscriptions").then().statusCode(200)
                    .body("quotas.find { it.templateId == 'tpl-replied' }.remaining", Matchers.equalTo(1));
        }
        as(desk.citizen).header("Idempotency-Key", "unknown-" + System.nanoTime())
                .body(Map.of("templateIds", List.of("not-a-template"))).post("/api/v1/me/subscriptions").then().statusCode(400)
                .body("errors[0].field", Matchers.equalTo("templateIds"));
    }
}
