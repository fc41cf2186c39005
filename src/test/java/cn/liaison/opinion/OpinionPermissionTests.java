package cn.liaison.opinion;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * SPEC §4 for every action: someone who may not see an opinion gets 404 whatever they try; someone
 * who may see it but whose role the lifecycle table does not name gets 403.
 */
@QuarkusTest
class OpinionPermissionTests {

    private static final Map<String, Map<String, Object>> ACTIONS = Map.of(
            "accept", Map.of(),
            "reject", Map.of("reasonCode", "OTHER", "note", "不予受理"),
            "merge", Map.of("primaryId", 1),
            "assign", Map.of("deputyId", 1),
            "transfer", Map.of("departmentId", 1),
            "replies", Map.of("content", "答复"),
            "follow-ups", Map.of("content", "补充情况"),
            "withdraw", Map.of(),
            "rating", Map.of("rating", "SATISFIED"),
            "notes", Map.of("note", "内部备注"));
    private static final List<String> OFFICE_ONLY = List.of("accept", "reject", "merge", "assign", "transfer", "notes");
    private static final List<String> SUBMITTER_ONLY = List.of("follow-ups", "withdraw", "rating");

    @Test
    void everyActionAnswers404ToStrangersAnd403ToTheWrongRole() {
        long township = TestData.region(TestData.region(null, "权县" + System.nanoTime(), "COUNTY"), "权镇", "TOWNSHIP");
        String staff = People.staffIn(township);
        long station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", "权镇站")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "孙代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long deputyUser = Api.newCitizen("perm-deputy").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", deputyUser, deputy);
        String assignedDeputy = TestTokens.valid(deputyUser, "CITIZEN", "DEPUTY");
        String citizen = Api.newCitizen("perm-citizen").getString("accessToken");

        Map<String, Object> body = new HashMap<>(Map.of("stationId", station, "kind", "REQUEST", "title", "权限测试用的意见",
                "content", "这是一条用来检查每个角色能做什么的意见。"));
        long id = as(citizen).header("Idempotency-Key", "p-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(staff).body(Map.of()).post("/api/v1/opinions/" + id + "/accept").then().statusCode(200);
        as(staff).body(Map.of("deputyId", deputy)).post("/api/v1/opinions/" + id + "/assign").then().statusCode(200);

        Map<String, String> strangers = Map.of(
                "another citizen", Api.newCitizen("perm-stranger").getString("accessToken"),
                "staff of another county", People.staffIn(TestData.region(null, "他县" + System.nanoTime(), "COUNTY")),
                "a deputy not assigned", TestTokens.valid(Api.newCitizen("perm-other-deputy").getLong("user.id"), "CITIZEN", "DEPUTY"));
        List<String> wrong = new ArrayList<>();
        strangers.forEach((who, token) -> {
            check(wrong, who + " GET", as(token).get("/api/v1/opinions/" + id).then().extract().statusCode(), 404);
            ACTIONS.forEach((action, payload) -> check(wrong, who + " " + action,
                    as(token).body(payload).post("/api/v1/opinions/" + id + "/" + action).then().extract().statusCode(), 404));
        });
        for (String action : OFFICE_ONLY) {
            check(wrong, "citizen " + action, post(citizen, id, action), 403);
            check(wrong, "assigned deputy " + action, post(assignedDeputy, id, action), 403);
        }
        for (String action : SUBMITTER_ONLY) {
            check(wrong, "staff " + action, post(staff, id, action), 403);
            check(wrong, "assigned deputy " + action, post(assignedDeputy, id, action), 403);
        }
        check(wrong, "citizen replies", post(citizen, id, "replies"), 403);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aCitizenWhoseOpinionWasMergedFollowsThePrimaryReadOnly() {
        long township = TestData.region(null, "并县" + System.nanoTime(), "COUNTY");
        String staff = People.staffIn(township);
        long station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "COUNTY_CENTER", "name", "并县中心")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String first = Api.newCitizen("merge-first").getString("accessToken");
        String second = Api.newCitizen("merge-second").getString("accessToken");
        Map<String, Object> body = new HashMap<>(Map.of("stationId", station, "kind", "SUGGESTION", "title", "同一条街的路灯坏了",
                "content", "幸福街路灯坏了一个月，晚上很黑，希望修理。"));
        long primary = as(first).header("Idempotency-Key", "m-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long duplicate = as(second).header("Idempotency-Key", "m-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(second).get("/api/v1/opinions/" + primary).then().statusCode(404);
        as(staff).body(Map.of("primaryId", primary)).post("/api/v1/opinions/" + duplicate + "/merge").then().statusCode(200)
                .body("state", equalTo("MERGED")).body("mergedIntoId", equalTo((int) primary));
        as(second).get("/api/v1/opinions/" + primary).then().statusCode(200).body("phone", equalTo(null));
        as(second).body(Map.of("content", "我也要补充")).post("/api/v1/opinions/" + primary + "/follow-ups").then().statusCode(403);
    }

    private static int post(String token, long id, String action) {
        return as(token).body(ACTIONS.get(action)).post("/api/v1/opinions/" + id + "/" + action).then().extract().statusCode();
    }

    private static void check(List<String> wrong, String what, int status, int expected) {
        if (status != expected) {
            wrong.add(what + ": " + status + " instead of " + expected);
        }
    }
}
