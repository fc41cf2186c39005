package cn.liaison.deadline;

import static cn.liaison.platform.persistence.PlanReusingPool.plannedForItsValues;
import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.liaison.opinion.service.DeadlineSweep;
import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestClock;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

@QuarkusTest
class DeadlineTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    DeadlineSweep sweep;

    private Desk desk;
    private final List<LocalDate> marked = new ArrayList<>();

    @BeforeEach
    void desk() {
        desk = Desk.open("期");
    }

    @AfterEach
    void backToToday() {
        clock.reset();
        String admin = Api.adminToken();
        marked.forEach(day -> as(admin).delete("/api/v1/admin/calendar/" + day).then().statusCode(204));
        marked.clear();
    }

    private static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private void advanceTo(Instant moment) {
        clock.advance(Duration.between(clock.instant(), moment));
    }

    @Test
    void theAcceptanceDeadlineCountsHolidaysAndMakeUpDaysTheAdminMarked() {
        LocalDate today = LocalDate.now(SHANGHAI);
        // Ten days off from tomorrow, except the fifth, which is a make-up working day whatever its weekday.
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 1; d <= 10; d++) {
            LocalDate day = today.plusDays(d);
            days.add(Map.of("day", day.toString(), "working", d == 5, "name", d == 5 ? "调休" : "假期"));
            marked.add(day);
        }
        as(Api.adminToken()).body(days).put("/api/v1/admin/calendar").then().statusCode(200);
        as(desk.staff).get("/api/v1/admin/calendar?from=" + today + "&to=" + today.plusDays(20)).then().statusCode(200)
                .body("size()", equalTo(10)).body("find { it.working }.day", equalTo(today.plusDays(5).toString()));

        LocalDate second = today.plusDays(11);
        while (second.getDayOfWeek() == DayOfWeek.SATURDAY || second.getDayOfWeek() == DayOfWeek.SUNDAY) {
            second = second.plusDays(1);
        }
        String due = as(desk.citizen).get("/api/v1/opinions/" + desk.submit("节假日期间提交的意见")).then().extract().path("acceptDueAt");
        assertEquals(second.plusDays(1).atStartOfDay(SHANGHAI).toInstant(), instant(due),
                "the make-up day is the first working day, the first weekday after the holiday the second");
    }

    @Test
    void staffExtendTheDeadlineOnceWithAReasonTheCitizenSees() {
        long id = desk.submit("需要延期办理的意见");
        String before = desk.act(desk.staff, id, "accept", Map.of()).statusCode(200).extract().path("replyDueAt");
        desk.act(desk.staff, id, "extension", Map.of("workingDays", 16, "reason", "太长")).statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));
        String after = desk.act(desk.staff, id, "extension", Map.of("workingDays", 5, "reason", "需要现场勘察"))
                .statusCode(200).body("extendedAt", notNullValue()).extract().path("replyDueAt");
        assertTrue(instant(after).isAfter(instant(before).plus(Duration.ofDays(6))), before + " -> " + after);
        desk.act(desk.staff, id, "extension", Map.of("workingDays", 1, "reason", "再延一天")).statusCode(409)
                .body("code", equalTo("ALREADY_EXTENDED"));
        desk.act(desk.citizen, id, "extension", Map.of("workingDays", 1, "reason", "我也想")).statusCode(403);
        as(desk.citizen).get("/api/v1/opinions/" + id + "/events").then()
                .body("find { it.type == 'EXTEND' }.note", equalTo("5: 需要现场勘察"));
    }

    @Test
    void aMissedDeadlineIsSupervisedAWorkingDayLaterAndRisesToTheTopOfTheQueue() {
        long accepted = desk.submit("已受理的意见");
        desk.act(desk.staff, accepted, "accept", Map.of()).statusCode(200);
        long waiting = desk.submit("无人受理的意见");
        Instant due = instant(as(desk.staff).get("/api/v1/opinions/" + waiting).then().extract().path("acceptDueAt"));

        advanceTo(due.plus(Duration.ofMinutes(1)));
        sweep.run().await().indefinitely();
        as(desk.staff).get("/api/v1/opinions/" + waiting).then().body("supervisedAt", nullValue());

        advanceTo(due.plus(Duration.ofDays(5)));
        sweep.run().await().indefinitely();
        as(desk.staff).get("/api/v1/opinions/" + waiting).then().body("supervisedAt", notNullValue())
                .body("events.type", hasItem("SUPERVISED"));
        as(desk.staff).get("/api/v1/staff/opinions").then()
                .body("items[0].id", equalTo((int) waiting)).body("items[0].supervised", equalTo(true))
                .body("items[1].id", equalTo((int) accepted)).body("items[1].supervised", equalTo(false));
        as(desk.staff).get("/api/v1/me/notifications").then()
                .body("items.find { it.opinionId == " + waiting + " }.kind", equalTo("OPINION_SUPERVISED"));

        // The accepted one is assigned and then misses its reply deadline: its deputy hears of it too.
        desk.act(desk.staff, accepted, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        Instant replyDue = instant(as(desk.staff).get("/api/v1/opinions/" + accepted).then().extract().path("replyDueAt"));
        advanceTo(replyDue.plus(Duration.ofDays(5)));
        sweep.run().await().indefinitely();
        as(desk.deputyToken).get("/api/v1/me/notifications").then()
                .body("items.findAll { it.opinionId == " + accepted + " }.kind", hasItem("OPINION_SUPERVISED"));
        sweep.run().await().indefinitely();
        assertEquals(1L, supervisedEvents(List.of(accepted)).get(0), "a second sweep changes nothing");
    }

    @Test
    void anAnswerNobodyRatesClosesAfterSevenDays() {
        long id = desk.replied("答复后无人评价");
        clock.advance(Duration.ofDays(6));
        sweep.run().await().indefinitely();
        as(desk.citizen).get("/api/v1/opinions/" + id).then().body("state", equalTo("REPLIED"));
        clock.advance(Duration.ofDays(2));
        sweep.run().await().indefinitely();
        as(desk.citizen).get("/api/v1/opinions/" + id).then().body("state", equalTo("CLOSED"))
                .body("events.type", hasItem("AUTO_CLOSED"));
        desk.act(desk.citizen, id, "rating", Map.of("rating", "SATISFIED")).statusCode(409);
        as(desk.citizen).get("/api/v1/me/notifications").then()
                .body("items.findAll { it.opinionId == " + id + " }.kind", hasItem("OPINION_CLOSED"));
    }

    @Test
    void twoSweepsRacingHandleEachOpinionOnce() {
        long template = desk.submit("成批逾期的意见");
        List<Long> ids = new ArrayList<>();
        TestData.sql("""
                insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                                      kind, title, content, photo_ids, state, accept_due_at, due_at, created_at, updated_at)
                select tracking_no || '-' || g, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                       kind, title, content, photo_ids, state, accept_due_at, due_at, created_at, updated_at
                  from opinions, generate_series(1, 500) g where id = $1""", template)
                .forEach(r -> { });
        for (Row row : TestData.sql(plannedForItsValues(
                "select id from opinions where tracking_no like (select tracking_no from opinions where id = $1) || '-%'"),
                template)) {
            ids.add(row.getLong(0));
        }
        ids.add(template);
        assertEquals(501, ids.size());
        clock.advance(Duration.ofDays(10));

        var results = Uni.combine().all().unis(sweep.run(), sweep.run()).asTuple().await().indefinitely();

        assertTrue(results.getItem1().supervised() + results.getItem2().supervised() >= 501, results.toString());
        assertTrue(supervisedEvents(ids).stream().allMatch(count -> count == 1), "one SUPERVISED event per opinion");
        long notified = TestData.sql("select count(*) from notifications where kind = 'OPINION_SUPERVISED' and opinion_id = any($1)",
                (Object) ids.toArray(Long[]::new)).iterator().next().getLong(0);
        assertEquals(501, notified, "the township's one staff member hears once of each");
    }

    private static List<Long> supervisedEvents(List<Long> ids) {
        List<Long> counts = new ArrayList<>();
        TestData.sql("select count(e.id) from unnest($1::bigint[]) o(id) left join opinion_events e"
                + " on e.opinion_id = o.id and e.type = 'SUPERVISED' group by o.id", (Object) ids.toArray(Long[]::new))
                .forEach(r -> counts.add(r.getLong(0)));
        return counts;
    }
}
