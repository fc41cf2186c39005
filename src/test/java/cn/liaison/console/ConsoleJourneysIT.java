package cn.liaison.console;

import static cn.liaison.support.Api.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.BrowserJourney;
import cn.liaison.support.Images;
import cn.liaison.support.JarDatabase;
import cn.liaison.support.WeChatDouble;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * A township office's day in the console, in Debian's headless Chromium against the packaged jar
 * with the real PostgreSQL and Redis: the journeys live in {@code src/main/webui/e2e/journeys.mjs}
 * (Playwright); this test arranges the office, runs them, and checks what the public then sees.
 * Screenshots of every screen land in {@code target/console-screens/}.
 */
@QuarkusIntegrationTest
@WithTestResource(JarSecrets.class)
class ConsoleJourneysIT {

    private static final String STAFF = "township-clerk";
    private static final String STAFF_PASSWORD = "township-office-1";

    @Test
    void aTownshipOfficeWorksThroughItsDayInTheBrowser() throws Exception {
        long county = JarDatabase.region(null, "青山县", "COUNTY");
        long township = JarDatabase.region(county, "青山镇", "TOWNSHIP");
        String admin = Api.adminToken();
        as(admin).header("Idempotency-Key", "it-staff-" + System.nanoTime()).body(Map.of("username", STAFF, "displayName", "青山镇人大办",
                "password", STAFF_PASSWORD, "role", "STAFF", "regionId", township)).post("/api/v1/admin/staff").then().statusCode(201);
        as(admin).body(List.of("违禁词")).put("/api/v1/admin/sensitive-words").then().statusCode(200);
        String staff = Api.passwordLogin(STAFF, STAFF_PASSWORD).statusCode(200).extract().path("accessToken");
        long station = as(staff).header("Idempotency-Key", "it-station-" + System.nanoTime()).body(Map.of("regionId", township, "level", "TOWNSHIP_STATION",
                "name", "青山镇人大代表联络站")).post("/api/v1/stations").then().statusCode(201).extract().jsonPath().getLong("id");
        long deputy = as(staff).header("Idempotency-Key", "it-deputy-" + System.nanoTime())
                .body(Map.of("name", "王代表", "level", "TOWNSHIP", "primaryStationId", station))
                .post("/api/v1/deputies").then().statusCode(201).extract().jsonPath().getLong("id");
        String department = "县交通运输局" + System.nanoTime() % 10000;
        as(admin).body(Map.of("name", department, "contact", "0571-8888000")).post("/api/v1/admin/departments").then().statusCode(201);

        // A new citizen each run: the hourly opinion limit counts in Redis, which outlives a run.
        String code = "it-citizen-" + System.nanoTime();
        WeChatDouble.citizen(code, "openid-" + code);
        String citizen = Api.wechatLogin(code).statusCode(200).extract().path("accessToken");
        JsonPath road = submit(citizen, station, "村口道路坑洼需要修缮", "村口道路坑洼多年，雨天积水，老人孩子出行不便，希望尽快修缮。");
        JsonPath lamp = submit(citizen, station, "村委会门前路灯不亮", "村委会门前的路灯坏了一个多月，晚上出行很不安全，请尽快维修。");
        JsonPath flagged = submit(citizen, station, "反映一个违禁词的问题", "这里有违禁词出现，请工作人员核实后处理，谢谢。");

        // The deputy turns a citizen's opinion assigned to them into a suggestion and submits it.
        JsonPath bridge = submit(citizen, station, "东村桥梁护栏破损", "东村桥梁护栏破损多处，学生上下学经过很危险，请尽快修复。");
        as(staff).body(Map.of()).post("/api/v1/opinions/" + bridge.getLong("id") + "/accept").then().statusCode(200);
        as(staff).body(Map.of("deputyId", deputy)).post("/api/v1/opinions/" + bridge.getLong("id") + "/assign").then().statusCode(200);
        String deputyToken = boundDeputy(staff, deputy);
        String suggestionTitle = "关于修复东村桥梁护栏的建议";
        long suggestion = as(deputyToken).header("Idempotency-Key", "it-suggestion-" + System.nanoTime())
                .body(Map.of("title", suggestionTitle, "content", "东村桥梁护栏破损多处，群众多次反映。建议由交通部门尽快修复，并在桥头设置警示标志。",
                        "opinionIds", List.of(bridge.getLong("id"))))
                .post("/api/v1/suggestions").then().statusCode(201).extract().jsonPath().getLong("id");
        as(deputyToken).post("/api/v1/suggestions/" + suggestion + "/submit").then().statusCode(200);

        // For console part 2: a deputy waiting for a profile change, another township with its own opinion,
        // two opinions for the holiday (one accepted before it is marked), the station's code from WeChat.
        String deputyName = "王代表";
        as(deputyToken).body(Map.of("biography", "新的简介：长期关注村道建设。")).put("/api/v1/deputy/profile-change").then().statusCode(200);
        long baishui = JarDatabase.region(county, "白水镇", "TOWNSHIP");
        long baishuiStation = as(admin).header("Idempotency-Key", "it-station-" + System.nanoTime()).body(Map.of("regionId", baishui,
                "level", "TOWNSHIP_STATION", "name", "白水镇人大代表联络站")).post("/api/v1/stations").then().statusCode(201).extract().jsonPath().getLong("id");
        // Another citizen: the hourly opinion limit counts per citizen.
        String code2 = "it-citizen-" + System.nanoTime();
        WeChatDouble.citizen(code2, "openid-" + code2);
        String neighbour = Api.wechatLogin(code2).statusCode(200).extract().path("accessToken");
        String elsewhere = "白水镇的路灯问题";
        submit(neighbour, baishuiStation, elsewhere, "白水镇东街的路灯坏了一个多月，晚上出行很不安全，请尽快维修。");
        JsonPath holidayA = submit(neighbour, station, "节前受理的意见", "村里的水渠需要清淤，雨季快到了，请尽快安排人手处理。");
        JsonPath holidayB = submit(neighbour, station, "节后受理的意见", "村里的桥头需要安装路灯，晚上出行不便，请尽快安排。");
        as(staff).body(Map.of()).post("/api/v1/opinions/" + holidayA.getLong("id") + "/accept").then().statusCode(200);
        WeChatDouble.platformToken("IT-PLATFORM-TOKEN");
        WeChatDouble.server().stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(Images.plain("png"))));
        Path roster = Path.of("target", "console-screens", "roster.csv");
        Files.createDirectories(roster.getParent());
        Files.writeString(roster, "编号,姓名,级别,联络站编号\n" + "IT-" + System.nanoTime() + ",李四,乡镇," + station + "\n"
                + "IT-X1,,乡镇," + station + "\n" + "IT-X2,赵五,不知道," + station + "\n");
        String newStaff = "baishui-" + System.nanoTime() % 1_000_000;

        Path photo = Path.of("target", "console-screens", "reply-photo.jpg");
        Files.createDirectories(photo.getParent());
        Files.write(photo, Images.plain("jpeg"));
        Map<String, String> environment = new HashMap<>();
        environment.put("CONSOLE_URL", "http://localhost:" + RestAssured.port + "/console/");
        environment.put("STAFF_USERNAME", STAFF);
        environment.put("STAFF_PASSWORD", STAFF_PASSWORD);
        environment.put("ROAD", road.getString("trackingNo"));
        environment.put("LAMP", lamp.getString("trackingNo"));
        environment.put("FLAGGED", flagged.getString("trackingNo"));
        environment.put("SUGGESTION", suggestionTitle);
        environment.put("DEPARTMENT", department);
        environment.put("STATION_ID", Long.toString(station));
        environment.put("DEPUTY_ID", Long.toString(deputy));
        environment.put("ROSTER", roster.toAbsolutePath().toString());
        environment.put("HOLIDAY_A", holidayA.getString("trackingNo"));
        environment.put("HOLIDAY_B", holidayB.getString("trackingNo"));
        environment.put("ADMIN_USERNAME", Api.ADMIN);
        environment.put("ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        environment.put("NEW_STAFF", newStaff);
        environment.put("ELSEWHERE", elsewhere);
        environment.put("PHOTO", photo.toAbsolutePath().toString());
        try {
            BrowserJourney.passes(Path.of("src", "main", "webui"), photo.getParent(), "console journeys", environment);
        } finally {
            clearHolidaysMarkedByTheJourney(admin);
        }

        // What the citizens see now: the road's answer on the public board, with the template's text and the photo.
        RestAssured.given().get("/api/v1/public/opinions/" + road.getLong("id")).then().statusCode(200)
                .body("replies", hasSize(1))
                .body("replies[0].content", containsString("已转交镇村建办"))
                .body("replies[0].photoIds", hasSize(1));
        as(citizen).get("/api/v1/opinions/" + lamp.getLong("id")).then().statusCode(200).body("state", equalTo("ACCEPTED"));
        as(staff).get("/api/v1/opinions/" + flagged.getLong("id")).then().statusCode(200).body("flagged", equalTo(false));
        // The suggestion was accepted, assigned and answered in the browser; the deputy and the citizen see it.
        as(deputyToken).get("/api/v1/suggestions/" + suggestion).then().statusCode(200).body("state", equalTo("ANSWERED"))
                .body("resultClass", equalTo("A")).body("supervisorName", equalTo("李副县长")).body("answers[0].attachmentIds", hasSize(1));
        as(citizen).get("/api/v1/opinions/" + bridge.getLong("id") + "/events").then()
                .body("type", hasItems("SUGGESTION_FORMED", "SUGGESTION_ANSWERED"));
        // The approved profile change is on the public deputy page; the new staff member exists, scoped to 白水镇.
        RestAssured.given().get("/api/v1/deputies/" + deputy).then().statusCode(200).body("name", equalTo(deputyName))
                .body("biography", equalTo("新的简介：长期关注村道建设。"));
        String newcomer = Api.passwordLogin(newStaff, "baishui-office-1").statusCode(200).extract().path("accessToken");
        as(newcomer).get("/api/v1/staff/opinions").then().statusCode(200).body("items.title", contains(elsewhere));
    }

    /** The day the journey marked as a holiday is no holiday for the tests that run after it. */
    private static void clearHolidaysMarkedByTheJourney(String admin) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<String> marked = as(admin).get("/api/v1/admin/calendar?from=" + today + "&to=" + today.plusDays(10)).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.name == 'IT临时休息日' }.day");
        marked.forEach(day -> as(admin).delete("/api/v1/admin/calendar/" + day).then().statusCode(204));
    }

    /** A citizen binds the deputy with the invitation code staff issue, and signs in again as the deputy. */
    private static String boundDeputy(String staff, long deputy) {
        String code = as(staff).post("/api/v1/deputies/" + deputy + "/invitations").then().statusCode(201).extract().path("code");
        JsonPath citizen = Api.newCitizen("it-deputy");
        as(citizen.getString("accessToken")).body(Map.of("code", code)).post("/api/v1/me/deputy-binding").then().statusCode(200);
        return RestAssured.given().contentType("application/json").body(Map.of("refreshToken", citizen.getString("refreshToken")))
                .post("/api/v1/auth/refresh").then().statusCode(200).extract().path("accessToken");
    }

    private static JsonPath submit(String citizen, long station, String title, String content) {
        return as(citizen).header("Idempotency-Key", "it-" + System.nanoTime())
                .body(Map.of("stationId", station, "kind", "REQUEST", "title", title, "content", content,
                        "contactPhone", "13812345678", "consentToPublish", true))
                .post("/api/v1/opinions").then().statusCode(201).extract().jsonPath();
    }
}
