package cn.liaison.identity;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import io.quarkus.test.junit.QuarkusTest;

/** A person's copy of their data (PIPL art. 45): theirs in full, nobody else's. */
@QuarkusTest
class DataExportTests {

    @Test
    void aCitizenGetsACopyOfEverythingTheySubmitted() {
        Desk desk = Desk.open("副本");
        as(desk.citizen).body(Map.of("nickname", "张副本")).patch("/api/v1/me").then().statusCode(200);
        long id = desk.replied("下水道井盖松动需要加固");
        Desk other = Desk.open("他人");
        other.submit("别人的意见不应出现在副本里");

        as(desk.citizen).get("/api/v1/me/data-export").then().statusCode(200)
                .body("account.nickname", equalTo("张副本"))
                .body("opinions", hasSize(1))
                .body("opinions[0].id", equalTo((int) id))
                .body("opinions[0].title", equalTo("下水道井盖松动需要加固"))
                .body("opinions[0].phone", equalTo("13812345678"))
                .body("opinions[0].timeline.type", hasItem("SUBMITTED"))
                .body("opinions[0].replies[0].content", equalTo("已联系相关部门，下月处理。"))
                .body("bookings", hasSize(0))
                .body("notifications.received.kind", hasItem("OPINION_ACCEPTED"))
                .body("notifications.consents", notNullValue());
    }
}
