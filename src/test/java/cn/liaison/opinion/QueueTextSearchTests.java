package cn.liaison.opinion;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What staff type into the queue's search box: a phrase, a two-character word or one character,
 * found in a title or in a content, and never in the seam between the two.
 */
@QuarkusTest
class QueueTextSearchTests {

    private Desk desk;
    private long streetLight;
    private long noise;

    @BeforeEach
    void twoOpinions() {
        desk = Desk.open("搜索");
        streetLight = desk.submit(desk.opinion("幸福路路灯不亮", "晚上一片漆黑，老人出门不方便。"));
        noise = desk.submit(desk.opinion("工地夜间施工", "噪音扰民，孩子睡不着。"));
    }

    @Test
    void aPhraseIsFoundInTheTitleOrTheContent() {
        search("路灯不亮").body("items.id", containsInAnyOrder((int) streetLight));
        search("孩子睡不着").body("items.id", containsInAnyOrder((int) noise));
    }

    @Test
    void aTwoCharacterWordIsFoundInTheTitleOrTheContent() {
        search("幸福").body("items.id", containsInAnyOrder((int) streetLight));
        search("噪音").body("items.id", containsInAnyOrder((int) noise));
        search("不方").body("items.id", containsInAnyOrder((int) streetLight));
        search("和谐").body("items", hasSize(0));
    }

    @Test
    void oneCharacterIsFoundWhereverItIs() {
        search("灯").body("items.id", containsInAnyOrder((int) streetLight));
        search("不").body("items.id", containsInAnyOrder((int) streetLight, (int) noise));
        search("桥").body("items", hasSize(0));
    }

    @Test
    void aWordIsNotFoundAcrossTheEndOfTheTitleAndTheStartOfTheContent() {
        search("亮晚").body("items", hasSize(0));
        search("工噪").body("items", hasSize(0));
    }

    private ValidatableResponse search(String text) {
        return as(desk.staff).queryParam("q", text).get("/api/v1/staff/opinions").then().statusCode(200);
    }
}
