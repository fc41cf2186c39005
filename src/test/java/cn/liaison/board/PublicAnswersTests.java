package cn.liaison.board;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import cn.liaison.support.Desk;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every answer given without signing in (the board, its detail, similar opinions at a station and
 * everywhere) holds published opinions only: never one flagged for review, confidential, rejected,
 * or answered but not published.
 */
@QuarkusTest
class PublicAnswersTests {

    @Test
    void nothingUnpublishedIsInAnyPublicAnswer() {
        Desk desk = Desk.open("公开");
        String place = "公开" + Long.toString(System.nanoTime() % 100_000_000).chars()
                .mapToObj(d -> "零一二三四五六七八九".substring(d - '0', d - '0' + 1)).reduce("", String::concat) + "巷";
        String title = place + "路灯不亮";

        WeChatDouble.server().stubFor(WireMock.post(WireMock.urlPathEqualTo("/wxa/msg_sec_check"))
                .withRequestBody(WireMock.containing(place + "待审")).willReturn(WireMock.okJson(
                        "{\"errcode\":0,\"result\":{\"suggest\":\"review\",\"label\":20001}}")));
        long flagged = desk.submit(desk.opinion(title + "待审", "巷子里的路灯不亮，晚上看不清路。"));
        Map<String, Object> secret = desk.opinion(title, "保密反映：巷子里的路灯不亮。");
        secret.put("confidential", true);
        long confidential = desk.submit(secret);
        long rejected = desk.submit(title + "驳回");
        desk.act(desk.staff, rejected, "reject", Map.of("reasonCode", "OUT_OF_SCOPE", "note", "不属于本站受理范围")).statusCode(200);
        long unpublished = desk.replied(title + "未公开");
        long published = desk.replied(title);
        desk.act(desk.staff, published, "publication", Map.of()).statusCode(200);

        List<Long> hidden = List.of(flagged, confidential, rejected, unpublished);
        for (long id : hidden) {
            given().get("/api/v1/public/opinions/" + id).then().statusCode(404);
        }
        var board = given().queryParam("stationId", desk.station).get("/api/v1/public/opinions").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) published)));
        var atStation = given().queryParam("text", title).queryParam("stationId", desk.station)
                .get("/api/v1/public/opinions/similar").then().statusCode(200).body("id", equalTo(List.of((int) published)));
        var everywhere = given().queryParam("text", title).get("/api/v1/public/opinions/similar").then().statusCode(200)
                .body("id", hasItem((int) published));
        for (long id : hidden) {
            board.body("items.id", not(hasItem((int) id)));
            atStation.body("id", not(hasItem((int) id)));
            everywhere.body("id", not(hasItem((int) id)));
        }
    }
}
