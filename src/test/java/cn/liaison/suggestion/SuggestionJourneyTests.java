package cn.liaison.suggestion;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.suggestion.service.SuggestionSweep;
import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestClock;
import cn.liaison.support.TestData;
import cn.liaison.support.TestTokens;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The loop of a deputy suggestion (代表建议) through HTTP: drafted from citizens' opinions with
 * co-signers, accepted, assigned to two departments, supervised when late, answered, rated 不满意,
 * handled again, rated 满意, closed and published; the citizens told at each step.
 */
@QuarkusTest
class SuggestionJourneyTests {

    @Inject
    TestClock clock;

    @Inject
    SuggestionSweep sweep;

    private Desk desk;
    private String admin;
    private final List<String> citizens = new ArrayList<>();
    private final List<Long> opinions = new ArrayList<>();
    private final List<String> cosignerTokens = new ArrayList<>();
    private final List<Long> cosigners = new ArrayList<>();

    @BeforeEach
    void threeOpinionsAssignedToADeputyAndTwoFellowDeputies() {
        desk = Desk.open("议");
        admin = Api.adminToken();
        citizens.add(desk.citizen);
        citizens.add(citizen("乙"));
        citizens.add(citizen("丙"));
        String[] titles = { "村口道路坑洼多年", "东村道路雨天积水", "道路破损影响上学" };
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = desk.opinion(titles[i], "通往镇上的道路坑洼多年，雨天积水，请联系我 13912345678，老人孩子出行不便。");
            long id = as(citizens.get(i)).header("Idempotency-Key", "o-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
            desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
            opinions.add(id);
        }
        for (String name : List.of("钱代表", "孙代表")) {
            long deputy = as(desk.staff).header("Idempotency-Key", "d-" + System.nanoTime())
                    .body(Map.of("name", name, "level", "TOWNSHIP", "primaryStationId", desk.station)).post("/api/v1/deputies")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long user = Api.newCitizen(name).getLong("user.id");
            TestData.sql("update deputies set user_id = $1 where id = $2", user, deputy);
            cosigners.add(deputy);
            cosignerTokens.add(TestTokens.valid(user, "CITIZEN", "DEPUTY"));
        }
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static String citizen(String name) {
        String openid = "openid-suggestion-" + name + System.nanoTime();
        WeChatDouble.citizen("code-" + openid, openid);
        return Api.wechatLogin("code-" + openid).statusCode(200).extract().path("accessToken");
    }

    private long department(String name) {
        return as(admin).body(Map.of("name", name + System.nanoTime() % 100000, "contact", "0571-8888000"))
                .post("/api/v1/admin/departments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> draft(List<Long> cosignerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "关于修缮镇村道路的建议");
        body.put("content", "东村、西村群众多次反映通往镇上的道路坑洼积水。建议将该路段纳入明年农村公路提升计划，先行修补坑洼并疏通排水沟。");
        body.put("sitting", "十九届三次会议");
        body.put("opinionIds", opinions);
        body.put("cosignerIds", cosignerIds);
        return body;
    }

    private long submitted() {
        long id = as(desk.deputyToken).header("Idempotency-Key", "s-" + System.nanoTime()).body(draft(cosigners))
                .post("/api/v1/suggestions").then().statusCode(201).extract().jsonPath().getLong("id");
        cosignerTokens.forEach(token -> as(token).post("/api/v1/suggestions/" + id + "/cosignature").then().statusCode(200));
        as(desk.deputyToken).post("/api/v1/suggestions/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /** An action; {@code body} null for those that take none. */
    private ValidatableResponse act(String token, long id, String action, Object body) {
        return (body == null ? as(token) : as(token).body(body)).post("/api/v1/suggestions/" + id + "/" + action).then();
    }

    private static List<String> kinds(String token) {
        return as(token).get("/api/v1/me/notifications?limit=100").then().statusCode(200).extract().jsonPath().getList("items.kind");
    }

    private List<String> eventNotes(int citizen) {
        return as(citizens.get(citizen)).get("/api/v1/opinions/" + opinions.get(citizen) + "/events").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.type.startsWith('SUGGESTION') }.note");
    }

    @Test
    void aSuggestionGoesRoundTheWholeLoopAndTheCitizensFollowIt() {
        int year = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonPath before = given().queryParam("year", year).get("/api/v1/public/suggestions/figures").then().statusCode(200)
                .extract().jsonPath();

        // The deputy drafts from the opinions' text, with the citizens' phone numbers taken out.
        as(desk.deputyToken).queryParam("opinionId", opinions.get(0)).queryParam("opinionId", opinions.get(1))
                .get("/api/v1/suggestions/source-texts").then().statusCode(200)
                .body("opinionId", contains(opinions.get(0).intValue(), opinions.get(1).intValue()))
                .body("content", everyItem(not(containsString("13912345678"))))
                .body("content[0]", containsString("[电话已隐去]"));
        long id = as(desk.deputyToken).header("Idempotency-Key", "s-" + System.nanoTime()).body(draft(cosigners))
                .post("/api/v1/suggestions").then().statusCode(201)
                .body("state", equalTo("DRAFT")).body("cosigners.state", contains("INVITED", "INVITED"))
                .body("sourceOpinionIds", containsInAnyOrder(opinions.stream().map(Long::intValue).toArray()))
                .extract().jsonPath().getLong("id");
        assertTrue(kinds(cosignerTokens.get(0)).contains("SUGGESTION_COSIGN"), "a deputy asked to co-sign hears of it");
        act(desk.deputyToken, id, "submit", null).statusCode(409).body("code", equalTo("COSIGNERS_PENDING"));
        as(desk.staff).get("/api/v1/suggestions/" + id).then().statusCode(404);
        cosignerTokens.forEach(token -> as(token).post("/api/v1/suggestions/" + id + "/cosignature").then().statusCode(200));
        act(desk.deputyToken, id, "submit", null).statusCode(200).body("state", equalTo("SUBMITTED"));

        // The office accepts it (立案) and the three citizens see it on their opinions.
        as(desk.staff).get("/api/v1/staff/suggestions?state=SUBMITTED").then().statusCode(200).body("items.id", hasItem((int) id));
        String number = act(desk.staff, id, "accept", Map.of()).statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("number", matchesPattern(year + "-第\\d{4}号")).extract().path("number");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("已形成代表建议 " + number), eventNotes(i));
            assertTrue(kinds(citizens.get(i)).contains("SUGGESTION_FORMED"), "citizen " + i + " is told");
        }
        assertTrue(kinds(desk.deputyToken).contains("SUGGESTION_ACCEPTED"));

        // Assigned to two departments, three months to answer.
        long lead = department("县交通运输局");
        long assisting = department("县水利局");
        String due = act(desk.staff, id, "assignment", Map.of("leadDepartmentId", lead, "assistingDepartmentIds", List.of(assisting),
                "supervisorName", "王副县长", "supervisorTitle", "副县长")).statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("departments.lead", contains(true, false))
                .body("supervisorName", equalTo("王副县长")).extract().path("dueAt");
        Instant dueAt = OffsetDateTime.parse(due).toInstant();
        long days = Duration.between(Instant.now(), dueAt).toDays();
        assertTrue(days >= 88 && days <= 93, "three months to answer: " + due);

        // The lead department answers in time; the assisting one is late, and the sweep supervises it.
        act(desk.staff, id, "answers", Map.of("departmentId", lead, "resultClass", "B", "content", "已列入明年农村公路提升计划。"))
                .statusCode(200).body("state", equalTo("ASSIGNED")).body("departments.answered", contains(true, false));
        act(desk.staff, id, "answers", Map.of("departmentId", lead, "resultClass", "A", "content", "再答一次")).statusCode(409)
                .body("code", equalTo("ALREADY_ANSWERED"));
        clock.advance(Duration.between(clock.instant(), dueAt.plus(Duration.ofDays(10))));
        sweep.run().await().indefinitely();
        as(desk.staff).get("/api/v1/suggestions/" + id).then().body("supervisedAt", notNullValue());
        as(desk.staff).get("/api/v1/staff/suggestions?supervised=true").then().body("items.id", hasItem((int) id));
        assertTrue(kinds(desk.staff).contains("SUGGESTION_SUPERVISED"), "the office hears of the supervision");
        assertTrue(kinds(desk.deputyToken).contains("SUGGESTION_SUPERVISED"), "the lead deputy hears of it");
        assertEquals(0L, sweep.run().await().indefinitely(), "supervised once");

        act(desk.staff, id, "answers", Map.of("departmentId", assisting, "resultClass", "A", "content", "排水沟已疏通。")).statusCode(200)
                .body("state", equalTo("ANSWERED")).body("resultClass", equalTo("B"))
                .body("answers.onTime", contains(true, false));
        for (int i = 0; i < 3; i++) {
            assertTrue(eventNotes(i).get(1).contains("承办单位已答复：B 类"), eventNotes(i).toString());
        }

        // Not satisfied: handed out again, then answered and rated satisfied.
        act(desk.deputyToken, id, "rating", Map.of("rating", "UNSATISFIED")).statusCode(400).body("errors[0].field", equalTo("reason"));
        act(desk.deputyToken, id, "rating", Map.of("rating", "UNSATISFIED", "reason", "只列入计划，没有时间表"))
                .statusCode(200).body("state", equalTo("ASSIGNED")).body("round", equalTo(2)).body("supervisedAt", nullValue());
        assertTrue(kinds(desk.staff).contains("SUGGESTION_REOPENED"));
        act(desk.staff, id, "answers", Map.of("departmentId", lead, "resultClass", "A", "content", "明年三月开工，六月完工。")).statusCode(200);
        act(desk.staff, id, "answers", Map.of("departmentId", assisting, "resultClass", "A", "content", "配合施工。")).statusCode(200)
                .body("state", equalTo("ANSWERED")).body("resultClass", equalTo("A"));
        act(desk.deputyToken, id, "rating", Map.of("rating", "SATISFIED")).statusCode(200).body("state", equalTo("CLOSED"));
        for (int i = 0; i < 3; i++) {
            List<String> notes = eventNotes(i);
            assertEquals(5, notes.size(), "formed, answered, rated, answered, rated: " + notes);
            assertTrue(notes.get(4).endsWith("评价为：满意"), notes.toString());
            assertTrue(kinds(citizens.get(i)).containsAll(List.of("SUGGESTION_ANSWERED", "SUGGESTION_RATED")));
        }

        // The office's figures: both departments answered twice, the lead late once; the deputy rated twice.
        String today = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        JsonPath figures = as(desk.staff).queryParam("from", today).queryParam("to", today).get("/api/v1/staff/suggestions/figures")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> leading = figures.getMap("departments.find { it.departmentId == " + lead + " }");
        assertEquals(Map.of("assigned", 1, "leading", 1, "answered", 2, "classA", 1, "classB", 1, "classC", 0, "answeredOnTime", 2),
                Map.of("assigned", leading.get("assigned"), "leading", leading.get("leading"), "answered", leading.get("answered"),
                        "classA", leading.get("classA"), "classB", leading.get("classB"), "classC", leading.get("classC"),
                        "answeredOnTime", leading.get("answeredOnTime")));
        as(desk.staff).queryParam("from", today).queryParam("to", today).get("/api/v1/staff/suggestions/figures").then()
                .body("deputies.find { it.deputyId == " + desk.deputy + " }.satisfied", equalTo(1))
                .body("deputies.find { it.deputyId == " + desk.deputy + " }.satisfactionRate", equalTo(1.0f));
        as(desk.staff).queryParam("from", today).queryParam("to", "2020-01-01").get("/api/v1/staff/suggestions/figures").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));

        // Published with its answers, and counted in the year's figures.
        act(desk.staff, id, "publication", null).statusCode(200).body("publishedAt", notNullValue());
        act(desk.staff, id, "publication", null).statusCode(409).body("code", equalTo("ALREADY_PUBLISHED"));
        given().get("/api/v1/public/suggestions").then().statusCode(200).body("items.id", hasItem((int) id));
        given().get("/api/v1/public/suggestions/" + id).then().statusCode(200).body("number", equalTo(number))
                .body("answers.size()", equalTo(4)).body("cosignerNames", contains("钱代表", "孙代表"));
        JsonPath after = given().queryParam("year", year).get("/api/v1/public/suggestions/figures").then().extract().jsonPath();
        assertEquals(before.getLong("accepted") + 1, after.getLong("accepted"));
        assertEquals(before.getLong("classA") + 1, after.getLong("classA"));
        assertEquals(before.getLong("satisfied") + 1, after.getLong("satisfied"));
        assertEquals(before.getLong("closed") + 1, after.getLong("closed"));
    }

    @Test
    void twoStaffAcceptingAtOnceGetOneNumberAndOneRefusal() throws Exception {
        long id = submitted();
        String other = cn.liaison.support.People.staffIn(desk.township);
        // Threads of their own: the common pool has a single thread on a two-core machine, which would run them one after the other.
        ExecutorService clients = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> act(desk.staff, id, "accept", Map.of()).extract().statusCode(), clients);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> act(other, id, "accept", Map.of()).extract().statusCode(), clients);
        List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
        clients.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 409), statuses);
        as(desk.staff).get("/api/v1/suggestions/" + id + "/events").then()
                .body("findAll { it.type == 'ACCEPTED' }.size()", equalTo(1));
    }

    @Test
    void strangersSeeNothingAndOpinionsOutsideTheDeputysReachAreRefused() {
        long id = submitted();
        Desk elsewhere = Desk.open("外");
        as(elsewhere.staff).get("/api/v1/suggestions/" + id).then().statusCode(404);
        as(elsewhere.deputyToken).get("/api/v1/suggestions/" + id).then().statusCode(404);
        act(elsewhere.staff, id, "accept", Map.of()).statusCode(404);
        given().get("/api/v1/public/suggestions/" + id).then().statusCode(404);
        act(cosignerTokens.get(0), id, "accept", Map.of()).statusCode(403);

        Map<String, Object> body = draft(List.of());
        body.put("opinionIds", List.of(elsewhere.submit("别处的意见标题")));
        as(desk.deputyToken).header("Idempotency-Key", "s-" + System.nanoTime()).body(body).post("/api/v1/suggestions").then()
                .statusCode(400).body("errors[0].field", equalTo("opinionIds"));
        body.put("opinionIds", opinions);
        body.put("cosignerIds", List.of(desk.deputy));
        as(desk.deputyToken).header("Idempotency-Key", "s-" + System.nanoTime()).body(body).post("/api/v1/suggestions").then()
                .statusCode(400).body("errors[0].field", equalTo("cosignerIds"));
    }

    @Test
    void aNotAcceptedSuggestionTellsTheDeputyWhyAndALateOneIsExtendedOnce() {
        long refused = submitted();
        act(desk.staff, refused, "not-accepted", Map.of("reason", "属于群众个人诉求，请作为意见办理")).statusCode(200)
                .body("state", equalTo("NOT_ACCEPTED")).body("notAcceptedReason", equalTo("属于群众个人诉求，请作为意见办理"));
        assertTrue(kinds(desk.deputyToken).contains("SUGGESTION_NOT_ACCEPTED"));
        act(desk.deputyToken, refused, "withdraw", null).statusCode(409).body("code", equalTo("ACTION_NOT_ALLOWED_IN_STATE"));

        long id = submitted();
        act(desk.staff, id, "accept", Map.of()).statusCode(200);
        String due = act(desk.staff, id, "assignment", Map.of("leadDepartmentId", department("县住建局"))).statusCode(200).extract().path("dueAt");
        String later = act(desk.staff, id, "extension", Map.of("reason", "需列入预算")).statusCode(200)
                .body("extensionReason", equalTo("需列入预算")).extract().path("dueAt");
        long added = Duration.between(OffsetDateTime.parse(due).toInstant(), OffsetDateTime.parse(later).toInstant()).toDays();
        assertTrue(added >= 88 && added <= 93, "six months from assignment instead of three: " + due + " -> " + later);
        act(desk.staff, id, "extension", Map.of("reason", "再延")).statusCode(409).body("code", equalTo("ALREADY_EXTENDED"));
    }

    /**
     * Many offices reading at once: a read that held its session's connection while it waited for a
     * second one from the pool starved the pool, and every request then failed.
     */
    @Test
    void manyReadsAtOnceAllAnswer() throws Exception {
        long id = submitted();
        List<CompletableFuture<Integer>> reads = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(80);
        for (int i = 0; i < 80; i++) {
            String path = switch (i % 4) {
                case 0 -> "/api/v1/staff/suggestions";
                case 1 -> "/api/v1/suggestions/" + id;
                case 2 -> "/api/v1/public/suggestions";
                default -> "/api/v1/staff/suggestions/figures";
            };
            String token = i % 4 == 2 ? null : desk.staff;
            reads.add(CompletableFuture.supplyAsync(() -> (token == null ? given() : as(token)).get(path).then().extract().statusCode(),
                    clients));
        }
        try {
            for (CompletableFuture<Integer> read : reads) {
                assertEquals(200, read.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        as(desk.deputyToken).get("/api/v1/suggestions/mine").then().statusCode(200).body("items.id", hasItem((int) id));
    }
}
