package cn.liaison.board;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BoardTests {

    private static final String PERSONAL = "我是王小明，身份证号11010519491231002X，电话13812345678，小区门口的路灯坏了三个月，晚上很黑。";

    private Desk desk;

    @BeforeEach
    void desk() {
        desk = Desk.open("公开");
        TestData.sql("update users set nickname = '王小明' where id = $1", desk.citizenId);
    }

    private long repliedWith(Map<String, Object> body) {
        long id = desk.submit(body);
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, id, "replies", Map.of("content", "已安排维修，如有问题请拨打 0531-88888888。")).statusCode(200);
        return id;
    }

    @Test
    void aPublishedOpinionShowsWithoutPhoneIdNumberOrHiddenName() {
        Map<String, Object> body = desk.opinion("小区门口路灯坏了三个月", PERSONAL);
        body.put("anonymous", true);
        long id = repliedWith(body);
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200).body("publishedAt", notNullValue());

        given().get("/api/v1/public/opinions?stationId=" + desk.station).then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].title", equalTo("小区门口路灯坏了三个月"));
        given().get("/api/v1/public/opinions/" + id).then().statusCode(200)
                .body("content", equalTo("我是**，身份证号[身份证号已隐去]，电话[电话已隐去]，小区门口的路灯坏了三个月，晚上很黑。"))
                .body("author", nullValue())
                .body("replies[0].content", equalTo("已安排维修，如有问题请拨打 [电话已隐去]。"))
                .body("events.type", hasItem("REPLY"))
                .body("events.note", everyItem(nullValue()))
                .body("supportedByMe", equalTo(false));
    }

    @Test
    void theBoardOfARegionHoldsWhatWasPublishedInItAndBelowIt() {
        long id = repliedWith(desk.opinion("镇上的公交站没有遮雨棚", "镇上的公交站没有遮雨棚，下雨天等车的老人只能淋雨。"));
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
        long otherTownship = TestData.region(desk.county, "邻镇", "TOWNSHIP");

        for (String order : new String[] { "NEWEST", "MOST_SUPPORTED" }) {
            given().queryParam("regionId", desk.county).queryParam("order", order).get("/api/v1/public/opinions").then()
                    .statusCode(200).body("items.id", equalTo(List.of((int) id)));
            given().queryParam("regionId", desk.township).queryParam("order", order).get("/api/v1/public/opinions").then()
                    .statusCode(200).body("items.id", equalTo(List.of((int) id)));
            given().queryParam("regionId", otherTownship).queryParam("order", order).get("/api/v1/public/opinions").then()
                    .statusCode(200).body("items", empty());
            given().queryParam("regionId", 987654321).queryParam("order", order).get("/api/v1/public/opinions").then()
                    .statusCode(200).body("items", empty());
        }
    }

    @Test
    void aSubmitterWhoShowsTheirNameKeepsIt() {
        long id = repliedWith(desk.opinion("小区门口路灯坏了好久", PERSONAL));
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
        given().get("/api/v1/public/opinions/" + id).then().body("author", equalTo("王小明"))
                .body("content", containsString("我是王小明")).body("content", not(containsString("13812345678")));
    }

    @Test
    void onlyAnsweredConsentedOpenOpinionsMayBePublished() {
        Map<String, Object> confidential = desk.opinion("保密的意见不能公开", PERSONAL);
        confidential.put("confidential", true);
        desk.act(desk.staff, repliedWith(confidential), "publication", Map.of()).statusCode(409).body("code", equalTo("NOT_PUBLISHABLE"));
        Map<String, Object> private_ = desk.opinion("不同意公开的意见", PERSONAL);
        private_.put("consentToPublish", false);
        desk.act(desk.staff, repliedWith(private_), "publication", Map.of()).statusCode(409).body("code", equalTo("NOT_PUBLISHABLE"));
        long waiting = desk.submit("还没有答复的意见");
        desk.act(desk.staff, waiting, "publication", Map.of()).statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED_IN_STATE"));
        given().get("/api/v1/public/opinions/" + waiting).then().statusCode(404);
        desk.act(desk.citizen, waiting, "publication", Map.of()).statusCode(403);
    }

    @Test
    void eachCitizenSupportsAnOpinionOnce() {
        long id = repliedWith(desk.opinion("公交站台需要加装雨棚", "公交站台没有雨棚，下雨天等车的人都淋湿了，建议加装。"));
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
        as(desk.citizen).post("/api/v1/public/opinions/" + id + "/supports").then().statusCode(200).body("supportCount", equalTo(1));
        as(desk.citizen).post("/api/v1/public/opinions/" + id + "/supports").then().statusCode(200).body("supportCount", equalTo(1));
        String other = Api.newCitizen("supporter").getString("accessToken");
        as(other).post("/api/v1/public/opinions/" + id + "/supports").then().statusCode(200).body("supportCount", equalTo(2));
        as(other).get("/api/v1/public/opinions/" + id).then().body("supportedByMe", equalTo(true)).body("supportCount", equalTo(2));
        given().get("/api/v1/public/opinions?order=MOST_SUPPORTED&stationId=" + desk.station).then()
                .body("items[0].id", equalTo((int) id));

        desk.act(desk.staff, id, "unpublication", Map.of()).statusCode(200);
        as(other).post("/api/v1/public/opinions/" + id + "/supports").then().statusCode(404);
        given().get("/api/v1/public/opinions/" + id).then().statusCode(404);
        given().post("/api/v1/public/opinions/" + id + "/supports").then().statusCode(401);
    }

    @Test
    void similarOpinionsAreSuggestedWhileTypingNearestFirstAndOnlyWhenPublished() {
        // A place no other test names, so that the board everywhere holds only this test's titles like it.
        String place = Long.toString(System.nanoTime() % 100_000_000).chars().mapToObj(d -> "零一二三四五六七八九".substring(d - '0', d - '0' + 1))
                .reduce("", String::concat) + "苑";
        long published = repliedWith(desk.opinion(place + "东门路灯不亮", "东门的路灯已经坏了一个月，晚上出行很不方便。"));
        desk.act(desk.staff, published, "publication", Map.of()).statusCode(200);
        long open = desk.submit(desk.opinion(place + "东门路灯不亮了三个月", "东门的路灯到现在还是不亮。"));
        Map<String, Object> secret = desk.opinion(place + "东门路灯不亮", "保密反映：东门路灯不亮。");
        secret.put("confidential", true);
        long confidential = desk.submit(secret);
        Map<String, Object> nameless = desk.opinion(place + "东门路灯不亮", "匿名反映：东门路灯不亮。");
        nameless.put("anonymous", true);
        long anonymous = desk.submit(nameless);
        // Similarity 0.25 to 东门路灯不亮了: below pg_trgm's default threshold of 0.3, above ours.
        long westGate = repliedWith(desk.opinion("西门路灯不亮", "西门的路灯坏了，晚上出行不方便。"));
        desk.act(desk.staff, westGate, "publication", Map.of()).statusCode(200);

        given().queryParam("text", place + "东门路灯不亮").queryParam("stationId", desk.station)
                .get("/api/v1/public/opinions/similar").then().statusCode(200)
                .body("id", equalTo(List.of((int) published, (int) westGate)))
                .body("published", equalTo(List.of(true, true)))
                .body("similarity[0]", equalTo(1.0f))
                .body("id", not(hasItem((int) open)))
                .body("id", not(hasItem((int) confidential))).body("id", not(hasItem((int) anonymous)));
        given().queryParam("text", "东门路灯不亮了").queryParam("stationId", desk.station)
                .get("/api/v1/public/opinions/similar").then().statusCode(200)
                .body("id", hasItem((int) westGate));
        given().queryParam("text", place + "东门路灯不亮").get("/api/v1/public/opinions/similar").then().statusCode(200)
                .body("id", hasItem((int) published)).body("id", not(hasItem((int) open)));
        given().queryParam("text", "西门水管漏水").get("/api/v1/public/opinions/similar").then().statusCode(200)
                .body("$", empty());
        given().queryParam("text", "x").get("/api/v1/public/opinions/similar").then().statusCode(400);
    }
}
