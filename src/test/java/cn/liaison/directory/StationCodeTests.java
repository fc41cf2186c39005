package cn.liaison.directory;

import static cn.liaison.support.Api.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Images;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StationCodeTests {

    private String staff;
    private long region;

    @BeforeEach
    void setUp() {
        WeChatDouble.platformToken("PLATFORM-TOKEN-1");
        region = TestData.region(null, "码县" + System.nanoTime(), "COUNTY");
        staff = People.staffIn(region);
    }

    private long station() {
        return as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", region, "level", "COUNTY_CENTER", "name", "码县中心")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theCodeIsDrawnByWeChatOnceAndThenServedFromTheCache() {
        long station = station();
        byte[] png = Images.plain("png");
        String scene = "sid=" + station;
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withRequestBody(equalToJson("{\"scene\":\"" + scene + "\",\"page\":\"pages/station/index\",\"check_path\":false}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(png)));

        for (int i = 0; i < 2; i++) {
            byte[] served = given().get("/api/v1/stations/" + station + "/qrcode").then().statusCode(200)
                    .contentType("image/png").extract().asByteArray();
            assertArrayEquals(png, served);
        }
        WeChatDouble.server().verify(1, postRequestedFor(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withRequestBody(matchingJsonPath("$.scene", com.github.tomakehurst.wiremock.client.WireMock.equalTo(scene))));
    }

    @Test
    void aWeChatErrorAnswers503() {
        long station = station();
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withRequestBody(matchingJsonPath("$.scene", com.github.tomakehurst.wiremock.client.WireMock.equalTo("sid=" + station)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":41030,\"errmsg\":\"invalid page\"}")));
        given().get("/api/v1/stations/" + station + "/qrcode").then().statusCode(503).body("code", equalTo("WECHAT_UNAVAILABLE"));
    }

    @Test
    void anUnknownStationAnswers404() {
        given().get("/api/v1/stations/987654321/qrcode").then().statusCode(404);
    }
}
