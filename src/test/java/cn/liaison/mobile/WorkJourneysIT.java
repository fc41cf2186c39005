package cn.liaison.mobile;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.console.JarSecrets;
import cn.liaison.support.Api;
import cn.liaison.support.BrowserJourney;
import cn.liaison.support.Images;
import cn.liaison.support.JarDatabase;
import cn.liaison.support.TownshipOffice;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The workspaces of the phone app, on the H5 page the jar serves at /m/, in Debian's headless
 * Chromium emulating a cheap Android phone in WeChat: the journeys live in
 * {@code src/main/mobile/e2e/work-journeys.mjs}. A township office arranges through the API what a
 * deputy meets on their first day: an invitation, an opinion with a photo routed to them, a reply
 * template, a reception day with two bookings. The deputy phase binds, answers from the template with a
 * photo, records a duty visit offline whose first answer is lost, and marks a guest as come; the staff
 * phase, on the same phone app, passes a flagged opinion and rejects another with a reason, accepts and
 * routes a new one, and marks the
 * other guest as not come; the
 * suggestion phase drafts a suggestion from the deputy's two opinions, co-signed by a second deputy
 * binding on their own phone, and proposes a profile change; after the office and a department
 * handled it through the API, the rate phase rates the answer.
 * Screenshots land in {@code target/work-screens/}.
 */
@QuarkusIntegrationTest
@WithTestResource(JarSecrets.class)
class WorkJourneysIT {

    private static final Path SCREENS = Path.of("target", "work-screens");
    private static final Path APP = Path.of("src", "main", "mobile");
    private static final String FLAG_WORD = "测试敏感词甲";

    @Test
    void aDeputyAndTheOfficeDoTheirPhoneWork() throws Exception {
        String admin = Api.adminToken();
        String deputyName = "周代表";
        TownshipOffice office = TownshipOffice.open("红河", "honghe-clerk", Map.of("address", "红河镇文化路2号", "latitude", 29.2,
                "longitude", 119.7), deputyName);
        long township = office.township();
        String staff = office.staff();
        long station = office.station();
        long deputy = office.deputy();
        String invitation = as(staff).post("/api/v1/deputies/" + deputy + "/invitations")
                .then().statusCode(201).extract().path("code");

        // A resident's opinion with a photo and a phone number, accepted and routed to the deputy.
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String residentCode = "it-resident-" + System.nanoTime();
        WeChatDouble.citizen(residentCode, "openid-" + residentCode);
        String resident = Api.wechatLogin(residentCode).statusCode(200).extract().path("accessToken");
        long photo = RestAssured.given().auth().oauth2(resident).multiPart("file", "canal.jpg", Images.plain("jpeg"), "image/jpeg")
                .post("/api/v1/media").then().statusCode(201).extract().jsonPath().getLong("id");
        String routedTitle = "东村水渠堵了" + run;
        long routed = opinion(resident, Map.of("stationId", station, "kind", "REQUEST", "title", routedTitle,
                "content", "东村的灌溉水渠被垃圾堵住了，马上要放水，请帮忙协调清理。", "contactPhone", "13812345678", "photoIds", List.of(photo)));
        as(staff).body(Map.of()).post("/api/v1/opinions/" + routed + "/accept").then().statusCode(200);
        as(staff).body(Map.of("deputyId", deputy)).post("/api/v1/opinions/" + routed + "/assign").then().statusCode(200);
        String templateTitle = "已联系村委";
        as(staff).body(Map.of("title", templateTitle, "content", "您反映的问题已转村委会，村委会将在三天内安排清理，感谢您的反映。"))
                .post("/api/v1/reply-templates").then().statusCode(201);

        Instant day = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));
        long reception = as(staff).header("Idempotency-Key", "it-work-reception-" + System.nanoTime()).body(Map.of("stationId", station,
                "deputyIds", List.of(deputy), "startsAt", day.toString(), "endsAt", day.plus(Duration.ofHours(3)).toString(),
                "topic", "代表接待日", "capacity", 10))
                .post("/api/v1/receptions").then().statusCode(201).extract().jsonPath().getLong("id");
        String guestCode = "it-guest-" + System.nanoTime();
        WeChatDouble.citizen(guestCode, "openid-" + guestCode);
        String guest = Api.wechatLogin(guestCode).statusCode(200).extract().path("accessToken");
        long booking = as(guest).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201).extract().jsonPath().getLong("id");
        String otherGuestCode = "it-guest-" + System.nanoTime();
        WeChatDouble.citizen(otherGuestCode, "openid-" + otherGuestCode);
        String otherGuest = Api.wechatLogin(otherGuestCode).statusCode(200).extract().path("accessToken");
        long otherBooking = as(otherGuest).post("/api/v1/receptions/" + reception + "/bookings").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // For the suggestion: a second deputy at the station to co-sign, and a department to answer it.
        String cosignerName = "吴代表";
        long cosigner = as(staff).header("Idempotency-Key", "it-work-cosigner-" + System.nanoTime())
                .body(Map.of("name", cosignerName, "level", "TOWNSHIP", "primaryStationId", station))
                .post("/api/v1/deputies").then().statusCode(201).extract().jsonPath().getLong("id");
        String cosignerInvitation = as(staff).post("/api/v1/deputies/" + cosigner + "/invitations").then().statusCode(201).extract().path("code");
        String cosignerCode = "it-web-cosigner-" + System.nanoTime();
        WeChatDouble.webCitizen(cosignerCode, "web-openid-" + cosignerCode, "union-" + cosignerCode);
        long department = as(admin).body(Map.of("name", "红河镇水利站", "regionId", township)).post("/api/v1/admin/departments")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        // For the office: one held for review by a sensitive word, one new to accept and route.
        as(admin).body(List.of(FLAG_WORD)).put("/api/v1/admin/sensitive-words").then().statusCode(200);
        String flaggedTitle = "路口" + FLAG_WORD + run;
        long flagged = opinion(resident, Map.of("stationId", station, "kind", "COMPLAINT", "title", flaggedTitle,
                "content", "十字路口晚上有人" + FLAG_WORD + "，希望加强管理。"));
        as(staff).get("/api/v1/opinions/" + flagged).then().statusCode(200).body("flagged", equalTo(true));
        String rejectedTitle = "有人" + FLAG_WORD + run;
        long rejected = opinion(resident, Map.of("stationId", station, "kind", "COMPLAINT", "title", rejectedTitle,
                "content", "附近经常有人" + FLAG_WORD + "，不知道该找谁。"));
        String freshTitle = "菜市场没有公厕" + run;
        long fresh = opinion(resident, Map.of("stationId", station, "kind", "SUGGESTION", "title", freshTitle,
                "content", "菜市场附近没有公共厕所，赶集的老人很不方便，建议修建一座。"));

        // The deputy signs in on the H5 page through the official account's web authorisation.
        String code = "it-web-deputy-" + System.nanoTime();
        WeChatDouble.webCitizen(code, "web-openid-" + code, "union-" + code);
        Path picture = SCREENS.resolve("photo.jpg");
        Files.createDirectories(SCREENS);
        Files.write(picture, Images.plain("jpeg"));
        Map<String, String> deputyPhase = journey("deputy");
        deputyPhase.put("CODE", code);
        deputyPhase.put("INVITATION", invitation);
        deputyPhase.put("ROUTED_TITLE", routedTitle);
        deputyPhase.put("TEMPLATE_TITLE", templateTitle);
        deputyPhase.put("RECEPTION", Long.toString(reception));
        deputyPhase.put("BOOKING", Long.toString(booking));
        deputyPhase.put("PHOTO", picture.toAbsolutePath().toString());
        BrowserJourney.passes(APP, "e2e/work-journeys.mjs", SCREENS, "workspace journeys deputy", deputyPhase);

        // Bound; the answer went out with its photo; the visit whose answer was lost is one record, submitted.
        RestAssured.given().get("/api/v1/deputies/" + deputy).then().statusCode(200).body("bound", equalTo(true));
        as(staff).get("/api/v1/opinions/" + routed).then().statusCode(200).body("state", equalTo("REPLIED"))
                .body("replies", hasSize(1)).body("replies[0].photoIds", hasSize(1));
        assertEquals("1", JarDatabase.single("select count(*) from duty_records where deputy_id = ?", deputy));
        assertEquals("SUBMITTED", JarDatabase.single("select state from duty_records where deputy_id = ?", deputy));
        assertEquals("1", JarDatabase.single("select count(*) from duty_records where deputy_id = ? and photo_ids <> ''", deputy));
        as(staff).get("/api/v1/duty-records/review").then().statusCode(200).body("items.findAll { it.deputyId == %s }.size()".formatted(deputy),
                equalTo(1));

        Map<String, String> staffPhase = journey("staff");
        staffPhase.put("STAFF_USER", "honghe-clerk");
        staffPhase.put("STAFF_PASSWORD", TownshipOffice.password("honghe-clerk"));
        staffPhase.put("FLAGGED_TITLE", flaggedTitle);
        staffPhase.put("REJECTED_TITLE", rejectedTitle);
        staffPhase.put("FRESH_TITLE", freshTitle);
        staffPhase.put("DEPUTY_NAME", deputyName);
        staffPhase.put("RECEPTION", Long.toString(reception));
        staffPhase.put("BOOKING", Long.toString(booking));
        staffPhase.put("OTHER_BOOKING", Long.toString(otherBooking));
        BrowserJourney.passes(APP, "e2e/work-journeys.mjs", SCREENS, "workspace journeys staff", staffPhase);

        // The review passed, the new one routed to the deputy; the deputy's guest came, the office's did not.
        as(staff).get("/api/v1/opinions/" + flagged).then().statusCode(200).body("flagged", equalTo(false));
        as(staff).get("/api/v1/opinions/" + rejected).then().statusCode(200).body("state", equalTo("REJECTED"));
        as(staff).get("/api/v1/opinions/" + fresh).then().statusCode(200).body("state", equalTo("IN_PROGRESS"))
                .body("deputyId", equalTo((int) deputy));
        JsonPath guests = as(staff).get("/api/v1/receptions/" + reception + "/bookings").then().statusCode(200).extract().jsonPath();
        assertEquals("ATTENDED", guests.getString("find { it.booking.id == %s }.booking.state".formatted(booking)));
        assertEquals("NO_SHOW", guests.getString("find { it.booking.id == %s }.booking.state".formatted(otherBooking)));

        // The deputy's suggestion from the two opinions now routed to them, co-signed on a second phone.
        Map<String, String> suggestionPhase = journey("suggestion");
        suggestionPhase.put("ROUTED_TITLE", routedTitle);
        suggestionPhase.put("FRESH_TITLE", freshTitle);
        suggestionPhase.put("COSIGNER_NAME", cosignerName);
        suggestionPhase.put("COSIGNER_CODE", cosignerCode);
        suggestionPhase.put("COSIGNER_INVITATION", cosignerInvitation);
        BrowserJourney.passes(APP, "e2e/work-journeys.mjs", SCREENS, "workspace journeys suggestion", suggestionPhase);
        long suggestion = JsonPath.from(Files.readString(SCREENS.resolve("suggestion.json"))).getLong("id");
        as(staff).get("/api/v1/suggestions/" + suggestion).then().statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("sourceOpinionIds", hasSize(2)).body("cosigners[0].state", equalTo("CONFIRMED"));
        as(staff).get("/api/v1/profile-changes").then().statusCode(200)
                .body("items.findAll { it.deputyId == %s && it.state == 'PENDING' }.size()".formatted(deputy), equalTo(1));

        // The office accepts and assigns it; the department answers; the lead deputy rates the answer.
        String answer = "经研究，东村水渠清淤已列入今冬水利工程，菜市场公厕明年一季度开工。";
        as(staff).body(Map.of()).post("/api/v1/suggestions/" + suggestion + "/accept").then().statusCode(200);
        as(staff).body(Map.of("leadDepartmentId", department)).post("/api/v1/suggestions/" + suggestion + "/assignment").then().statusCode(200);
        as(staff).body(Map.of("departmentId", department, "resultClass", "A", "content", answer))
                .post("/api/v1/suggestions/" + suggestion + "/answers").then().statusCode(200);
        Map<String, String> ratePhase = journey("rate");
        ratePhase.put("ANSWER", answer);
        BrowserJourney.passes(APP, "e2e/work-journeys.mjs", SCREENS, "workspace journeys rate", ratePhase);
        as(staff).get("/api/v1/suggestions/" + suggestion).then().statusCode(200).body("rating", equalTo("SATISFIED"));
        assertTrue(Files.exists(SCREENS.resolve("75-suggestion-rated.png")), "the journeys left their screenshots");
    }

    private static long opinion(String citizen, Map<String, Object> body) {
        return as(citizen).header("Idempotency-Key", "it-work-opinion-" + System.nanoTime()).body(body)
                .post("/api/v1/opinions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, String> journey(String phase) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PHASE", phase);
        environment.put("MOBILE_URL", "http://localhost:" + RestAssured.port + "/m/");
        environment.put("STATE_DIR", SCREENS.toAbsolutePath().toString());
        return environment;
    }
}
