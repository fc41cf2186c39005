package cn.liaison.opinion;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.opinion.service.FiguresRollup;
import cn.liaison.support.Api;
import cn.liaison.support.People;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class OpinionJourneyTests {

    @jakarta.inject.Inject
    cn.liaison.support.TestClock clock;

    @Inject
    FiguresRollup rollup;

    private long township;
    private long station;
    private long deputy;
    private String staff;
    private String deputyToken;
    private String citizen;

    @BeforeEach
    void aStationWithADeputyAndACitizen() {
        township = TestData.region(TestData.region(null, "意县" + System.nanoTime(), "COUNTY"), "意镇", "TOWNSHIP");
        staff = People.staffIn(township);
        station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", "意镇站")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", "钱代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long deputyUser = Api.newCitizen("op-deputy").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", deputyUser, deputy);
        deputyToken = TestTokens.valid(deputyUser, "CITIZEN", "DEPUTY");
        citizen = Api.newCitizen("op-citizen").getString("accessToken");
    }

    private Map<String, Object> opinion(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station);
        body.put("kind", "SUGGESTION");
        body.put("title", title);
        body.put("content", "村口道路坑洼多年，雨天积水，老人孩子出行不便，希望尽快修缮。联系我 13812345678。");
        body.put("contactPhone", "13812345678");
        body.put("consentToPublish", true);
        return body;
    }

    private ValidatableResponse submit(String token, String key, Map<String, Object> body) {
        return as(token).header("Idempotency-Key", key).body(body).post("/api/v1/opinions").then();
    }

    private long submitted(String title) {
        return submit(citizen, "o-" + System.nanoTime(), opinion(title)).statusCode(201).extract().jsonPath().getLong("id");
    }

    private ValidatableResponse act(String token, long id, String action, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/opinions/" + id + "/" + action).then();
    }

    @Test
    void theWholeJourneyFromSubmissionToASatisfiedCitizen() {
        String key = "journey-" + System.nanoTime();
        JsonPath first = submit(citizen, key, opinion("村口道路需要修缮")).statusCode(201)
                .header("Idempotent-Replayed", "false")
                .body("trackingNo", matchesPattern("SQ\\d{8}-\\d{6}"))
                .body("state", equalTo("SUBMITTED"))
                .body("acceptDueAt", notNullValue())
                .body("phone", equalTo("13812345678"))
                .extract().jsonPath();
        long id = first.getLong("id");
        submit(citizen, key, opinion("村口道路需要修缮")).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) id)).body("trackingNo", equalTo(first.getString("trackingNo")));
        submit(citizen, key, opinion("另一个不同的标题")).statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        act(staff, id, "accept", Map.of()).statusCode(200).body("state", equalTo("ACCEPTED")).body("replyDueAt", notNullValue())
                .body("phone", equalTo("138****5678"));
        act(staff, id, "assign", Map.of("deputyId", deputy)).statusCode(200).body("state", equalTo("IN_PROGRESS"));
        act(staff, id, "notes", Map.of("note", "已电话联系村委")).statusCode(200);
        as(deputyToken).get("/api/v1/deputy/opinions").then().body("items.id", hasItem((int) id));
        act(deputyToken, id, "replies", Map.of("content", "已联系镇交通办，下月施工。")).statusCode(200).body("state", equalTo("REPLIED"));
        act(citizen, id, "rating", Map.of("rating", "UNSATISFIED")).statusCode(400).body("errors[0].field", equalTo("reason"));
        act(citizen, id, "rating", Map.of("rating", "UNSATISFIED", "reason", "没有说明具体时间")).statusCode(200)
                .body("state", equalTo("IN_PROGRESS"));
        act(deputyToken, id, "replies", Map.of("content", "施工定于 12 月 5 日开始，工期 10 天。")).statusCode(200)
                .body("state", equalTo("REPLIED"));
        act(citizen, id, "rating", Map.of("rating", "SATISFIED")).statusCode(200).body("state", equalTo("CLOSED"))
                .body("rating", equalTo("SATISFIED"));

        as(citizen).get("/api/v1/opinions/" + id).then().statusCode(200)
                .body("replies.content", hasItem("施工定于 12 月 5 日开始，工期 10 天。"))
                .body("events.type", not(hasItem("NOTE")))
                .body("flagged", nullValue());
        as(staff).get("/api/v1/opinions/" + id + "/events").then()
                .body("type", equalTo(List.of("SUBMITTED", "ACCEPT", "ASSIGN", "NOTE", "REPLY", "RATE", "REPLY", "RATE")));
        as(citizen).get("/api/v1/me/opinions").then().body("items[0].id", equalTo((int) id));
        given().get("/api/v1/deputies/" + deputy).then().body("figures.opinionsReplied", equalTo(1))
                .body("figures.satisfaction", equalTo(1.0f)).body("figures.averageReplyWorkingDays", equalTo(0.0f));
    }

    @Test
    void aSecondUnsatisfiedRatingClosesTheOpinionFlagged() {
        long id = submitted("路灯坏了很久没人修");
        act(staff, id, "accept", Map.of()).statusCode(200);
        for (int round = 0; round < 2; round++) {
            act(staff, id, "replies", Map.of("content", "已报修。")).statusCode(200);
            act(citizen, id, "rating", Map.of("rating", "UNSATISFIED", "reason", "还是没修")).statusCode(200);
        }
        as(staff).get("/api/v1/opinions/" + id).then().body("state", equalTo("CLOSED")).body("flagged", equalTo(true));
    }

    @Test
    void actionsOutOfTurnAnswer409() {
        long id = submitted("垃圾清运不及时的问题");
        act(citizen, id, "rating", Map.of("rating", "SATISFIED")).statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED_IN_STATE"));
        act(staff, id, "replies", Map.of("content", "x")).statusCode(409);
        act(staff, id, "accept", Map.of()).statusCode(200);
        act(staff, id, "accept", Map.of()).statusCode(409);
        act(citizen, id, "withdraw", Map.of()).statusCode(409);
        act(staff, id, "reject", Map.of("reasonCode", "OUT_OF_SCOPE", "note", "x")).statusCode(409);

        long other = submitted("想撤回的一条意见建议");
        act(citizen, other, "withdraw", Map.of("note", "已自行解决")).statusCode(200).body("state", equalTo("WITHDRAWN"));
        act(citizen, other, "follow-ups", Map.of("content", "补充说明")).statusCode(409);
    }

    @Test
    void whoMayDoWhat() {
        long id = submitted("关于校门口交通安全的建议");
        String stranger = Api.newCitizen("stranger").getString("accessToken");
        String otherStaff = People.staffIn(TestData.region(null, "别县" + System.nanoTime(), "COUNTY"));

        act(citizen, id, "accept", Map.of()).statusCode(403);
        as(stranger).get("/api/v1/opinions/" + id).then().statusCode(404);
        act(stranger, id, "follow-ups", Map.of("content", "冒充补充")).statusCode(404);
        as(otherStaff).get("/api/v1/opinions/" + id).then().statusCode(404);
        act(otherStaff, id, "accept", Map.of()).statusCode(404);
        as(deputyToken).get("/api/v1/opinions/" + id).then().statusCode(404);
        as(otherStaff).get("/api/v1/staff/opinions").then().body("items.id", not(hasItem((int) id)));

        act(staff, id, "accept", Map.of()).statusCode(200);
        act(staff, id, "assign", Map.of("deputyId", deputy)).statusCode(200);
        as(deputyToken).get("/api/v1/opinions/" + id).then().statusCode(200);
        act(deputyToken, id, "accept", Map.of()).statusCode(403);
        act(citizen, id, "follow-ups", Map.of("content", "补充：早上七点半最拥堵")).statusCode(200);
        as(staff).queryParam("q", "校门口").get("/api/v1/staff/opinions").then().body("items.id", hasItem((int) id));
        String trackingNo = as(staff).get("/api/v1/opinions/" + id).then().extract().path("trackingNo");
        as(staff).queryParam("q", " " + trackingNo.toLowerCase() + " ").get("/api/v1/staff/opinions").then()
                .body("items.id", equalTo(List.of((int) id)));
        as(otherStaff).queryParam("q", trackingNo).get("/api/v1/staff/opinions").then().body("items", hasSize(0));
    }

    /**
     * What awaits work is kept as counts the database's triggers append to: through every kind of
     * step, and before and after the rollup folds them, they must equal a count of the opinions.
     */
    @Test
    void theKeptBacklogFollowsEveryStepExactly() {
        int department = as(Api.adminToken()).body(Map.of("name", "县住建局" + System.nanoTime())).post("/api/v1/admin/departments")
                .then().statusCode(201).extract().path("id");
        long transferred = submitted("受理后转交部门办理的意见");
        long assigned = submitted("受理后交给代表办理的意见");
        long rejected = submitted("不属于本站范围的一条意见");
        long withdrawn = submitted("提交以后又撤回的一条意见");
        submitted("还在等待受理的一条意见");
        act(staff, transferred, "accept", Map.of()).statusCode(200);
        act(staff, transferred, "transfer", Map.of("departmentId", department)).statusCode(200);
        act(staff, assigned, "accept", Map.of()).statusCode(200);
        act(staff, assigned, "assign", Map.of("deputyId", deputy)).statusCode(200);
        act(staff, rejected, "reject", Map.of("reasonCode", "OUT_OF_SCOPE", "note", "请向法院反映")).statusCode(200);
        act(citizen, withdrawn, "withdraw", Map.of()).statusCode(200);
        TestData.sql("update opinions set supervised_at = now() where id = $1", assigned);

        assertEquals(List.of(), backlogCountsThatDiffer());
        assertEquals(true, rollup.recount().await().indefinitely());
        assertEquals(List.of(), backlogCountsThatDiffer());
        assertEquals(List.of("3|1"), TestData.sql("select count(*) || '|' || sum(supervised) from opinion_backlog where station_id = $1", station)
                .stream().map(r -> r.getString(0)).toList());
        as(staff).queryParam("by", "DEPARTMENT").get("/api/v1/staff/stats").then().statusCode(200)
                .body("rows.find { it.id == " + department + " }.backlog", equalTo(1));
    }

    /** The groups, over the whole database, whose kept counts differ from a count of the opinions, in one snapshot. */
    private static List<String> backlogCountsThatDiffer() {
        String awaiting = "state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')";
        String live = "select station_id, deputy_id, department_id, region_path, count(*), count(supervised_at) from opinions where "
                + awaiting + " group by 1, 2, 3, 4";
        String kept = "select station_id, deputy_id, department_id, region_path, sum(awaiting), sum(supervised) from opinion_backlog"
                + " group by 1, 2, 3, 4 having sum(awaiting) <> 0 or sum(supervised) <> 0";
        return TestData.sql("select concat_ws('|', 'counted', d.*) from ((" + live + ") except (" + kept + ")) d"
                + " union all select concat_ws('|', 'kept', d.*) from ((" + kept + ") except (" + live + ")) d")
                .stream().map(r -> r.getString(0)).toList();
    }

    @Test
    void theStaffQueueComesByDeadlineAndShowsWhatIsOverdue() {
        String queueStaff = People.staffIn(township);
        long first = submitted("第一条等待受理的意见");
        long second = submitted("第二条等待受理的意见");
        long accepted = submitted("已受理等待答复的意见");
        act(staff, accepted, "accept", Map.of()).statusCode(200);
        as(queueStaff).queryParam("stationId", station).get("/api/v1/staff/opinions").then()
                .body("items.id", equalTo(List.of((int) first, (int) second, (int) accepted)));
        as(queueStaff).queryParam("stationId", station).queryParam("limit", 2).get("/api/v1/staff/opinions").then()
                .body("items.id", equalTo(List.of((int) first, (int) second))).body("nextCursor", notNullValue());
        try {
            clock.advance(java.time.Duration.ofDays(10));
            as(queueStaff).queryParam("stationId", station).queryParam("overdue", true).get("/api/v1/staff/opinions").then()
                    .body("items.id", equalTo(List.of((int) first, (int) second)));
        } finally {
            clock.reset();
        }
    }

    @Test
    void twoStaffAcceptingAtOnceExactlyOneWins() throws Exception {
        long id = submitted("两位工作人员同时受理的意见");
        String colleague = People.staffIn(township);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String token = i % 2 == 0 ? staff : colleague;
            attempts.add(pool.submit(() -> act(token, id, "accept", Map.of()).extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            statuses.add(attempt.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1L, TestData.sql("select count(*) from opinion_events where opinion_id = $1 and type = 'ACCEPT'", id)
                .iterator().next().getLong(0));
    }

    /**
     * Replies, assigns and transfers on one opinion at once: each answers 2xx or 409 (never 500 from a
     * deadlock), and the timeline holds exactly the steps that were answered 2xx, numbered without a gap,
     * with the opinion's version moved once per step.
     */
    @Test
    void repliesAssignsAndTransfersAtOnceAnswer2xxOr409AndKeepTheTimelineWhole() throws Exception {
        int department = as(Api.adminToken()).body(Map.of("name", "县交通局" + System.nanoTime())).post("/api/v1/admin/departments")
                .then().statusCode(201).extract().path("id");
        long id = submitted("二十个人同时处理的一条意见");
        act(staff, id, "accept", Map.of()).statusCode(200);
        act(staff, id, "assign", Map.of("deputyId", deputy)).statusCode(200);
        long versionBefore = TestData.sql("select version from opinions where id = $1", id).iterator().next().getLong(0);
        long eventsBefore = TestData.sql("select count(*) from opinion_events where opinion_id = $1", id).iterator().next().getLong(0);
        String colleague = People.staffIn(township);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            attempts.add(pool.submit(() -> switch (n % 4) {
                case 0, 1 -> act(n % 2 == 0 ? deputyToken : staff, id, "replies", Map.of("content", "同时答复第 " + n + " 条。"))
                        .extract().statusCode();
                case 2 -> act(colleague, id, "assign", Map.of("deputyId", deputy)).extract().statusCode();
                default -> act(staff, id, "transfer", Map.of("departmentId", department)).extract().statusCode();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            statuses.add(attempt.get());
        }
        pool.shutdown();
        long succeeded = statuses.stream().filter(s -> s / 100 == 2).count();
        assertEquals(20, succeeded + statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        org.junit.jupiter.api.Assertions.assertTrue(succeeded >= 1, statuses.toString());
        List<Integer> seqs = TestData.sql("select seq from opinion_events where opinion_id = $1 order by seq", id).stream()
                .map(r -> r.getInteger(0)).toList();
        assertEquals(eventsBefore + succeeded, seqs.size(), statuses.toString());
        for (int i = 0; i < seqs.size(); i++) {
            assertEquals(i + 1, seqs.get(i), "the timeline's numbers have no gap: " + seqs);
        }
        assertEquals(versionBefore + succeeded,
                TestData.sql("select version from opinions where id = $1", id).iterator().next().getLong(0), statuses.toString());
    }

    /**
     * One step, one version: a transfer asks whether the department is active after it changed the
     * opinion, and the flush Hibernate does before a native query moved the version a second time,
     * which the race above then counted as a success too many.
     */
    @Test
    void eachStepMovesTheVersionOnce() {
        int department = as(Api.adminToken()).body(Map.of("name", "县水利局" + System.nanoTime())).post("/api/v1/admin/departments")
                .then().statusCode(201).extract().path("id");
        long id = submitted("一步只动一次版本的意见");
        String colleague = People.staffIn(township);
        java.util.function.LongSupplier version = () -> TestData.sql("select version from opinions where id = $1", id).iterator().next()
                .getLong(0);
        List<Long> versions = new ArrayList<>(List.of(version.getAsLong()));
        act(staff, id, "accept", Map.of()).statusCode(200);
        versions.add(version.getAsLong());
        act(staff, id, "assign", Map.of("deputyId", deputy)).statusCode(200);
        versions.add(version.getAsLong());
        act(staff, id, "transfer", Map.of("departmentId", department)).statusCode(200);
        versions.add(version.getAsLong());
        act(colleague, id, "assign", Map.of("deputyId", deputy)).statusCode(200);
        versions.add(version.getAsLong());
        act(deputyToken, id, "replies", Map.of("content", "已经修好了，请查看。")).statusCode(200);
        versions.add(version.getAsLong());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), versions, "accept, assign, transfer, assign, reply");
    }

    @Test
    void thePhoneIsMaskedForStaffAndARevealLeavesAnEvent() {
        long id = submitted("需要工作人员回电的意见");
        as(staff).get("/api/v1/opinions/" + id).then().body("phone", equalTo("138****5678"));
        as(staff).post("/api/v1/opinions/" + id + "/phone-reveals").then().statusCode(200).body("phone", equalTo("13812345678"));
        as(staff).get("/api/v1/opinions/" + id + "/events").then().body("type", hasItem("PHONE_REVEALED"));
        as(citizen).get("/api/v1/opinions/" + id + "/events").then().body("type", not(hasItem("PHONE_REVEALED")));
        as(citizen).post("/api/v1/opinions/" + id + "/phone-reveals").then().statusCode(403);
        String stored = TestData.sql("select phone_cipher from opinions where id = $1", id).iterator().next().getString(0);
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains("13812345678"));
    }

    @Test
    void aConfidentialOpinionCanBeLookedUpWithItsCode() {
        Map<String, Object> body = opinion("保密的揭发控告材料");
        body.put("kind", "COMPLAINT");
        body.put("confidential", true);
        JsonPath created = submit(citizen, "c-" + System.nanoTime(), body).statusCode(201)
                .body("lookupCode", matchesPattern("\\d{6}")).body("consentToPublish", equalTo(false)).extract().jsonPath();
        String trackingNo = created.getString("trackingNo");
        String code = created.getString("lookupCode");
        as(citizen).get("/api/v1/opinions/" + created.getLong("id")).then().body("lookupCode", nullValue());

        given().queryParam("trackingNo", trackingNo).queryParam("code", code).get("/api/v1/opinions/lookup").then()
                .statusCode(200).body("state", equalTo("SUBMITTED")).body("events[0].type", equalTo("SUBMITTED"))
                .body("phone", nullValue());
        String wrong = code.equals("000000") ? "000001" : "000000";
        // Wrong codes lock the code, from whichever address they come (3 in the tests): the right one then fails too.
        for (int i = 0; i < 3; i++) {
            lookup(trackingNo, wrong).statusCode(404);
        }
        lookup(trackingNo, code).statusCode(423).body("code", equalTo("LOOKUP_CODE_LOCKED"));
        // The citizen calls the station; staff issue a new code and the old one is gone.
        String fresh = as(staff).post("/api/v1/opinions/" + created.getLong("id") + "/lookup-code").then().statusCode(200)
                .body("lookupCode", matchesPattern("\\d{6}")).extract().path("lookupCode");
        lookup(trackingNo, code.equals(fresh) ? wrong : code).statusCode(404);
        lookup(trackingNo, fresh).statusCode(200).body("state", equalTo("SUBMITTED"));
        String stored = TestData.sql("select lookup_code_hash from opinions where tracking_no = $1", trackingNo).iterator().next().getString(0);
        assertNotEquals(cn.liaison.platform.crypto.Secrets.sha256Hex("opinion-lookup:" + trackingNo + ":" + fresh), stored,
                "a lookup code is kept as a keyed hash");
        int status;
        int tries = 0;
        do {
            status = lookup(trackingNo, wrong).extract().statusCode();
            tries++;
        } while (status == 404 && tries < 20);
        assertEquals(429, status, "wrong codes are rate limited per address too");
    }

    private static io.restassured.response.ValidatableResponse lookup(String trackingNo, String code) {
        return given().queryParam("trackingNo", trackingNo).queryParam("code", code).get("/api/v1/opinions/lookup").then();
    }

    @Test
    void submissionsAreRateLimitedPerCitizen() {
        String busy = Api.newCitizen("busy").getString("accessToken");
        for (int i = 0; i < 5; i++) {
            submit(busy, "r-" + i + "-" + System.nanoTime(), opinion("频繁提交的第" + i + "条意见")).statusCode(201);
        }
        submit(busy, "r-x-" + System.nanoTime(), opinion("第六条意见超过限制")).statusCode(429)
                .header("Retry-After", notNullValue()).body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void badInputIsReportedFieldByField() {
        Map<String, Object> body = opinion("短");
        body.put("content", "太短");
        body.put("deputyId", 987654321);
        submit(citizen, "v-" + System.nanoTime(), body).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("title", "content"));
        body = opinion("指定了不在本站的代表");
        body.put("deputyId", 987654321);
        submit(citizen, "v-" + System.nanoTime(), body).statusCode(400).body("errors[0].field", equalTo("deputyId"));
        as(citizen).body(opinion("没有幂等键的提交")).post("/api/v1/opinions").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
    }

    @Test
    void inactiveCategoriesAndDepartmentsStayOnOldOpinionsOnly() {
        String admin = Api.adminToken();
        int category = as(admin).body(Map.of("name", "交通出行" + System.nanoTime())).post("/api/v1/admin/categories").then()
                .statusCode(201).extract().path("id");
        int department = as(admin).body(Map.of("name", "县交通运输局", "contact", "0571-1234567")).post("/api/v1/admin/departments")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/categories").then().body("id", hasItem(category));

        Map<String, Object> body = opinion("公交班次太少的建议");
        body.put("categoryId", category);
        long id = submit(citizen, "k-" + System.nanoTime(), body).statusCode(201).body("categoryId", equalTo(category))
                .extract().jsonPath().getLong("id");
        act(staff, id, "accept", Map.of()).statusCode(200);

        as(admin).body(Map.of("name", "已停用类别" + System.nanoTime(), "active", false)).patch("/api/v1/admin/categories/" + category)
                .then().statusCode(200).body("active", equalTo(false));
        as(admin).body(Map.of("name", "县交通运输局", "active", false)).patch("/api/v1/admin/departments/" + department)
                .then().statusCode(200);
        given().get("/api/v1/categories").then().body("id", not(hasItem(category)));
        submit(citizen, "k-" + System.nanoTime(), body).statusCode(400).body("errors[0].field", equalTo("categoryId"));
        act(staff, id, "transfer", Map.of("departmentId", department)).statusCode(400).body("errors[0].field", equalTo("departmentId"));
        as(staff).get("/api/v1/opinions/" + id).then().body("categoryId", equalTo(category));
    }

    @Test
    void sensitiveWordsAndWeChatVerdictsSendItToReviewWithoutLosingIt() {
        as(Api.adminToken()).body(List.of("敏感词甲", "违禁")).put("/api/v1/admin/sensitive-words").then().statusCode(200);
        Map<String, Object> body = opinion("含有敏感词甲的意见标题");
        long id = submit(citizen, "w-" + System.nanoTime(), body).statusCode(201).body("flagged", nullValue())
                .extract().jsonPath().getLong("id");
        as(staff).get("/api/v1/opinions/" + id).then().body("flagged", equalTo(true))
                .body("flagReasons", org.hamcrest.Matchers.containsString("敏感词甲"));
        as(staff).queryParam("flagged", true).get("/api/v1/staff/opinions").then().body("items.id", hasItem((int) id));

        cn.liaison.support.WeChatDouble.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/wxa/msg_sec_check"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("RISKY-TEXT"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"errcode\":0,\"result\":{\"suggest\":\"risky\",\"label\":20001}}")));
        long risky = submit(citizen, "w-" + System.nanoTime(), opinion("RISKY-TEXT 的意见标题")).statusCode(201)
                .extract().jsonPath().getLong("id");
        as(staff).get("/api/v1/opinions/" + risky).then().body("flagReasons", equalTo("WECHAT_RISKY:20001"));

        cn.liaison.support.WeChatDouble.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/wxa/msg_sec_check"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("DOWN-TEXT"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        long unreachable = submit(citizen, "w-" + System.nanoTime(), opinion("DOWN-TEXT 的意见标题")).statusCode(201)
                .extract().jsonPath().getLong("id");
        as(staff).get("/api/v1/opinions/" + unreachable).then().body("flagReasons", equalTo("WECHAT_UNREACHABLE"));
        as(Api.adminToken()).body(List.of()).put("/api/v1/admin/sensitive-words").then().statusCode(200);
    }

    @Test
    void adminsSeeHowManyOpinionsEachSensitiveWordSentToReview() {
        String word = "词" + System.nanoTime() % 1_000_000;
        as(Api.adminToken()).body(List.of(word, "从未出现的词")).put("/api/v1/admin/sensitive-words").then().statusCode(200);
        submit(citizen, "w-" + System.nanoTime(), opinion("含有" + word + "的意见标题")).statusCode(201);
        submit(citizen, "w-" + System.nanoTime(), opinion("又一条" + word + "的意见")).statusCode(201);
        as(Api.adminToken()).get("/api/v1/admin/sensitive-words/hits").then().statusCode(200)
                .body("word", org.hamcrest.Matchers.contains(word, "从未出现的词")).body("opinions", org.hamcrest.Matchers.contains(2, 0));
        as(staff).get("/api/v1/admin/sensitive-words/hits").then().statusCode(403);
        as(Api.adminToken()).body(List.of()).put("/api/v1/admin/sensitive-words").then().statusCode(200);
    }
}
