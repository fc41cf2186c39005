package cn.liaison.platform;

import static cn.liaison.support.Api.as;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A line logged while serving a request says which request, which caller and which trace, and the answer names the same request. */
@QuarkusTest
class LogLinesTests {

    /** A phone code WeChat answers with "system busy": the service logs a warning while serving the request. */
    private static final String BUSY = "phone-code-while-busy";

    private final Captured captured = new Captured();
    private final Logger weChat = Logger.getLogger("cn.liaison.wechat");

    @BeforeEach
    void capture() {
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/wxa/business/getuserphonenumber"))
                .withRequestBody(equalToJson("{\"code\":\"" + BUSY + "\"}"))
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")));
        weChat.addHandler(captured);
    }

    @AfterEach
    void release() {
        weChat.removeHandler(captured);
    }

    @Test
    void aLineCarriesTheRequestIdTheCallerAndTheTraceIdTheAnswerNames() {
        JsonPath citizen = Api.newCitizen("logs");
        String requestId = as(citizen.getString("accessToken")).body(Map.of("code", BUSY)).post("/api/v1/me/phone")
                .then().statusCode(503).extract().header("X-Request-Id");

        Map<String, String> mdc = captured.lineContaining("getuserphonenumber failed");
        assertTrue(requestId.matches("[0-9a-f]{32}"), "without an X-Request-Id the request is named by its trace: " + requestId);
        assertEquals(requestId, mdc.get("requestId"));
        assertEquals(requestId, mdc.get("traceId"));
        assertEquals(citizen.getString("user.id"), mdc.get("userId"));
        assertEquals("CITIZEN", mdc.get("role"));
    }

    @Test
    void aCallersOwnRequestIdIsKeptBesideTheTrace() {
        JsonPath citizen = Api.newCitizen("logs-own-id");
        as(citizen.getString("accessToken")).header("X-Request-Id", "phone-7f3a9c21").body(Map.of("code", BUSY))
                .post("/api/v1/me/phone").then().statusCode(503).header("X-Request-Id", "phone-7f3a9c21");

        Map<String, String> mdc = captured.lineContaining("getuserphonenumber failed");
        assertEquals("phone-7f3a9c21", mdc.get("requestId"));
        assertTrue(mdc.get("traceId").matches("[0-9a-f]{32}"), mdc::toString);
    }

    private static final class Captured extends ExtHandler {
        private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        protected void doPublish(ExtLogRecord record) {
            record.copyMdc();
            records.add(record);
        }

        Map<String, String> lineContaining(String text) {
            return records.stream().filter(r -> r.getFormattedMessage().contains(text)).map(ExtLogRecord::getMdcCopy)
                    .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no line containing " + text + " in " + records));
        }
    }
}
