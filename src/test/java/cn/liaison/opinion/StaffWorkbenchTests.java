package cn.liaison.opinion;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the console's workbench, queue and opinion page read: counts, filters, and the actions allowed now. */
@QuarkusTest
class StaffWorkbenchTests {

    @Test
    void eachWorkbenchCountIsTheLengthOfTheQueueItOpens() {
        Desk desk = Desk.open("台");
        long waiting = desk.submit("台账里的第一条意见");
        long flagged = desk.submit("台账里的第二条意见");
        TestData.sql("update opinions set flagged = true, flag_reasons = 'SENSITIVE_WORDS:某词' where id = $1", flagged);
        long late = desk.submit("台账里的第三条意见");
        desk.act(desk.staff, late, "accept", Map.of()).statusCode(200);
        TestData.sql("update opinions set due_at = now() - interval '3 days', reply_due_at = now() - interval '3 days',"
                + " supervised_at = now() where id = $1", late);
        desk.replied("台账里的第四条意见");

        JsonPath bench = as(desk.staff).get("/api/v1/staff/workbench").then().statusCode(200).extract().jsonPath();
        assertEquals(2, bench.getInt("waiting.awaitingAcceptance"));
        assertEquals(1, bench.getInt("waiting.overdue"));
        assertEquals(1, bench.getInt("waiting.supervised"));
        assertEquals(1, bench.getInt("waiting.flagged"));
        assertEquals(1, bench.getInt("waiting.awaitingRating"));
        assertEquals(2, bench.getInt("dueSoonWorkingDays"));
        assertEquals(12, bench.getList("months").size());
        Map<String, Object> filters = Map.of("awaitingAcceptance", "state=SUBMITTED", "overdue", "overdue=true",
                "supervised", "supervised=true", "dueSoon", "dueWithinWorkingDays=2", "flagged", "flagged=true",
                "awaitingRating", "state=REPLIED");
        filters.forEach((count, query) -> assertEquals(bench.getInt("waiting." + count),
                as(desk.staff).get("/api/v1/staff/opinions?limit=100&" + query).then().statusCode(200).extract().jsonPath()
                        .getList("items").size(), count));
        as(desk.staff).get("/api/v1/staff/opinions?state=SUBMITTED").then().body("items.id", hasItem((int) waiting));

        // Another township's office sees none of it.
        String stranger = People.staffIn(TestData.region(null, "别县" + System.nanoTime(), "COUNTY"));
        as(stranger).get("/api/v1/staff/workbench").then().statusCode(200).body("waiting.awaitingAcceptance", equalTo(0));
        as(desk.citizen).get("/api/v1/staff/workbench").then().statusCode(403);
    }

    @Test
    void theQueueShowsWorkingDaysLeftTheCategoryAndWhyAnOpinionIsHeld() {
        Desk desk = Desk.open("日");
        long id = desk.submit("看看还剩几个工作日");
        TestData.sql("update opinions set flagged = true, flag_reasons = 'SENSITIVE_WORDS:某词' where id = $1", id);
        as(desk.staff).get("/api/v1/staff/opinions").then().statusCode(200)
                .body("items[0].workingDaysLeft", notNullValue())
                .body("items[0].flagReasons", equalTo("SENSITIVE_WORDS:某词"));
        // The citizen's own list never shows the reasons.
        as(desk.citizen).get("/api/v1/me/opinions").then().statusCode(200).body("items[0].flagReasons", equalTo(null));
        TestData.sql("update opinions set due_at = now() - interval '5 days' where id = $1", id);
        int left = as(desk.staff).get("/api/v1/staff/opinions").then().extract().path("items[0].workingDaysLeft");
        org.junit.jupiter.api.Assertions.assertTrue(left <= 0, "a missed deadline has no working day left: " + left);
    }

    @Test
    void aYesOrNoFilterIsTrueOrFalseAndNothingElse() {
        Desk desk = Desk.open("布");
        for (String filter : List.of("overdue", "supervised", "flagged")) {
            as(desk.staff).get("/api/v1/staff/opinions?" + filter + "=yes").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_REQUEST")).body("errors.field", hasItem(filter));
        }
        as(desk.staff).get("/api/v1/staff/opinions?dueWithinWorkingDays=99").then().statusCode(400);
    }

    @Test
    void theOpinionOffersOnlyWhatTheCallerMayDoNow() {
        Desk desk = Desk.open("许");
        long id = desk.submit("哪些操作可以做");
        as(desk.staff).get("/api/v1/opinions/" + id).then()
                .body("allowedActions", contains("ACCEPT", "REJECT", "MERGE", "NOTE", "REVEAL_PHONE", "EXTEND"));
        as(desk.citizen).get("/api/v1/opinions/" + id).then().body("allowedActions", contains("FOLLOW_UP", "WITHDRAW"));
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200)
                .body("allowedActions", contains("MERGE", "ASSIGN", "TRANSFER", "REPLY", "NOTE", "REVEAL_PHONE", "EXTEND"));
        desk.act(desk.staff, id, "extension", Map.of("workingDays", 3, "reason", "需要现场查看")).statusCode(200)
                .body("allowedActions", not(hasItem("EXTEND")));
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        as(desk.deputyToken).get("/api/v1/opinions/" + id).then().body("allowedActions", contains("REPLY"));
        desk.act(desk.deputyToken, id, "replies", Map.of("content", "已经处理完毕。")).statusCode(200);
        as(desk.deputyToken).get("/api/v1/opinions/" + id).then().body("allowedActions", hasSize(0));
        as(desk.staff).get("/api/v1/opinions/" + id).then().body("allowedActions", hasItem("PUBLISH"))
                .body("allowedActions", not(hasItem("UNPUBLISH")));
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200)
                .body("allowedActions", hasItem("UNPUBLISH")).body("allowedActions", not(hasItem("PUBLISH")));
    }

    @Test
    void reviewReleasesAFlaggedOpinionOnceAndTheTimelineSaysWho() {
        Desk desk = Desk.open("审");
        long id = desk.submit("需要人工审核的意见");
        desk.act(desk.staff, id, "flag-clearance", Map.of()).statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED_IN_STATE"));
        TestData.sql("update opinions set flagged = true, flag_reasons = 'WECHAT_REVIEW:21000' where id = $1", id);
        as(desk.staff).get("/api/v1/opinions/" + id).then().body("allowedActions", hasItem("CLEAR_FLAG"));
        desk.act(desk.citizen, id, "flag-clearance", Map.of()).statusCode(403);
        desk.act(desk.staff, id, "flag-clearance", Map.of("note", "内容无问题")).statusCode(200)
                .body("flagged", equalTo(false)).body("allowedActions", not(hasItem("CLEAR_FLAG")))
                .body("events.type", hasItem("FLAG_CLEARED"));
        // Staff only: the citizen's timeline does not show the review.
        as(desk.citizen).get("/api/v1/opinions/" + id).then().body("events.type", not(hasItem("FLAG_CLEARED")));
        as(desk.staff).queryParam("flagged", true).get("/api/v1/staff/opinions").then().body("items.id", not(hasItem((int) id)));

        // Rejecting a held opinion ends its review too.
        long abusive = desk.submit("另一条需要审核的意见");
        TestData.sql("update opinions set flagged = true, flag_reasons = 'SENSITIVE_WORDS:某词' where id = $1", abusive);
        desk.act(desk.staff, abusive, "reject", Map.of("reasonCode", "ABUSIVE", "note", "内容含有不当言语")).statusCode(200)
                .body("state", equalTo("REJECTED")).body("flagged", equalTo(false));
    }

    @Test
    void thePublicationPreviewShowsTheRedactedTextAndChangesNothing() {
        Desk desk = Desk.open("预");
        Map<String, Object> body = desk.opinion("路灯不亮请联系我", "路灯坏了很久，请打电话13912345678联系我，谢谢。");
        body.put("anonymous", true);
        long id = desk.submit(body);
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        as(desk.staff).get("/api/v1/opinions/" + id + "/publication-preview").then().statusCode(409);
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        desk.act(desk.deputyToken, id, "replies", Map.of("content", "已安排维修。")).statusCode(200);
        as(desk.staff).get("/api/v1/opinions/" + id + "/publication-preview").then().statusCode(200)
                .body("content", not(containsString("13912345678")))
                .body("author", equalTo(null))
                .body("replies", contains("已安排维修。"));
        as(desk.staff).get("/api/v1/opinions/" + id).then().body("publishedAt", equalTo(null));
        as(desk.citizen).get("/api/v1/opinions/" + id + "/publication-preview").then().statusCode(403);
        Map<String, Object> secret = desk.opinion("保密的意见不能公开", "这件事请保密处理，不要公开，谢谢您们的工作。");
        secret.put("confidential", true);
        long hidden = desk.submit(secret);
        desk.act(desk.staff, hidden, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, hidden, "replies", Map.of("content", "已处理。")).statusCode(200);
        as(desk.staff).get("/api/v1/opinions/" + hidden + "/publication-preview").then().statusCode(409)
                .body("code", equalTo("NOT_PUBLISHABLE"));
        as(desk.staff).get("/api/v1/opinions/" + hidden).then().body("allowedActions", not(hasItem("PUBLISH")))
                .body("allowedActions", hasItem("REISSUE_LOOKUP_CODE"));
    }
}
