package cn.liaison.board;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The submitter's identity on the public board: an anonymous citizen's name is out of every
 * published text, replies included, and a deleted account leaves no phone and no name anywhere.
 */
@QuarkusTest
class PersonalDataOnTheBoardTests {

    private static long publishedWithReply(Desk desk, Map<String, Object> body, String reply) {
        long id = desk.submit(body);
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        desk.act(desk.deputyToken, id, "replies", Map.of("content", reply)).statusCode(200);
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
        return id;
    }

    @Test
    void anAnonymousSubmittersNameIsOutOfThePublishedReplies() {
        Desk desk = Desk.open("匿名");
        as(desk.citizen).body(Map.of("nickname", "欧阳明")).patch("/api/v1/me").then().statusCode(200);
        Map<String, Object> body = desk.opinion("村口水渠堵塞需要清理", "我是欧阳明，村口水渠堵塞，下雨就漫到路上。");
        body.put("anonymous", true);
        long id = publishedWithReply(desk, body, "欧阳明您好，水渠已安排本周清理。");

        given().get("/api/v1/public/opinions/" + id).then().statusCode(200)
                .body("author", nullValue())
                .body("content", equalTo("我是**，村口水渠堵塞，下雨就漫到路上。"))
                .body("replies[0].content", equalTo("**您好，水渠已安排本周清理。"));
        // A reply written after publication is published without the name too.
        desk.act(desk.citizen, id, "rating", Map.of("rating", "UNSATISFIED", "reason", "还没清理")).statusCode(200);
        desk.act(desk.deputyToken, id, "replies", Map.of("content", "欧阳明您好，明天一早清理。")).statusCode(200);
        given().get("/api/v1/public/opinions/" + id).then().body("replies[1].content", equalTo("**您好，明天一早清理。"));
    }

    @Test
    void aDeletedAccountLeavesNoPhoneAndNoNameOnItsOpinions() {
        Desk desk = Desk.open("注销");
        as(desk.citizen).body(Map.of("nickname", "李秀英")).patch("/api/v1/me").then().statusCode(200);
        long id = publishedWithReply(desk, desk.opinion("李秀英反映桥面有裂缝", "桥面裂缝越来越大，李秀英担心安全。"),
                "李秀英您好，已请交通部门检测。");
        given().get("/api/v1/public/opinions/" + id).then().body("author", equalTo("李秀英"));

        as(desk.citizen).delete("/api/v1/me").then().statusCode(204);

        as(desk.staff).get("/api/v1/opinions/" + id).then().statusCode(200).body("phone", nullValue());
        as(desk.staff).post("/api/v1/opinions/" + id + "/phone-reveals").then().statusCode(409).body("code", equalTo("NO_PHONE_HELD"));
        given().get("/api/v1/public/opinions/" + id).then().statusCode(200)
                .body("author", nullValue())
                .body("title", equalTo("**反映桥面有裂缝"))
                .body("content", equalTo("桥面裂缝越来越大，**担心安全。"))
                .body("replies[0].content", equalTo("**您好，已请交通部门检测。"))
                .body(not(containsString("李秀英")));
        as(desk.staff).get("/api/v1/opinions/" + id + "/events").then().statusCode(200).body(not(containsString("138")));
        var row = TestData.sql("select phone_cipher, phone_hash from opinions where id = $1", id).iterator().next();
        org.junit.jupiter.api.Assertions.assertNull(row.getValue(0));
        org.junit.jupiter.api.Assertions.assertNull(row.getValue(1));
    }
}
