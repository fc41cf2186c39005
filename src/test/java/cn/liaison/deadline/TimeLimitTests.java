package cn.liaison.deadline;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.liaison.opinion.OpinionKind;
import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TimeLimitTests {

    private Map<String, Object> configured;

    @AfterEach
    void backToTheConfiguredLimits() {
        if (configured != null) {
            as(Api.adminToken()).body(configured).put("/api/v1/admin/time-limits").then().statusCode(200);
        }
    }

    @Test
    void anAdminsNewLimitAppliesToTheNextDeadlineAndNotToThoseAlreadySet() {
        String admin = Api.adminToken();
        configured = as(admin).get("/api/v1/admin/time-limits").then().statusCode(200)
                .body("acceptWithin", equalTo(2)).body("replyWithinByKind.CONSULTATION", equalTo(5)).extract().jsonPath().getMap("");
        Desk desk = Desk.open("限");
        long before = desk.submit("时限调整前提交的意见");

        Map<String, Object> longer = new HashMap<>(configured);
        longer.put("acceptWithin", 12);
        as(admin).body(longer).put("/api/v1/admin/time-limits").then().statusCode(200).body("acceptWithin", equalTo(12));
        long after = desk.submit("时限调整后提交的意见");

        OffsetDateTime first = OffsetDateTime.parse(as(desk.staff).get("/api/v1/opinions/" + before).then().extract().path("acceptDueAt"));
        OffsetDateTime second = OffsetDateTime.parse(as(desk.staff).get("/api/v1/opinions/" + after).then().extract().path("acceptDueAt"));
        assertTrue(Duration.between(first, second).toDays() >= 10, "ten more working days: " + first + " then " + second);
        assertEquals(first, OffsetDateTime.parse(as(desk.staff).get("/api/v1/opinions/" + before).then().extract().path("acceptDueAt")),
                "a deadline already set stays");
    }

    @Test
    void limitsOutOfRangeAreFieldErrorsAndOnlyAdminsSetThem() {
        String admin = Api.adminToken();
        configured = as(admin).get("/api/v1/admin/time-limits").then().extract().jsonPath().getMap("");
        Map<String, Object> wrong = new HashMap<>(configured);
        wrong.put("replyWithin", 0);
        as(admin).body(wrong).put("/api/v1/admin/time-limits").then().statusCode(400).body("errors[0].field", equalTo("replyWithin"));
        String staff = People.staffIn(TestData.region(null, "时县" + System.nanoTime(), "COUNTY"));
        as(staff).get("/api/v1/admin/time-limits").then().statusCode(200);
        as(staff).body(configured).put("/api/v1/admin/time-limits").then().statusCode(403);
    }

    @Test
    void theKindsALimitMayNameAreTheKindsOfOpinion() {
        assertEquals(Arrays.stream(OpinionKind.values()).map(Enum::name).toList(),
                Arrays.stream(TimeLimits.OpinionKindName.values()).map(Enum::name).toList());
    }
}
