package cn.liaison.mobile;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A citizen's opinion from a phone to its answer, on the H5 page the jar serves at /m/, in Debian's
 * headless Chromium emulating a cheap Android phone in WeChat: the journeys live in
 * {@code src/main/mobile/e2e/journeys.mjs}. Phase 1 finds the station, signs in through the
 * official account, writes an opinion with photos and loses the network while sending it; then the
 * township office answers it through the API; phase 2 reopens the app, rates the answer, supports,
 * books and cancels, and deletes the account. Screenshots land in {@code target/mobile-screens/}.
 */
@QuarkusIntegrationTest
@WithTestResource(JarSecrets.class)
class MobileJourneysIT {

    private static final Path SCREENS = Path.of("target", "mobile-screens");
    private static final Path APP = Path.of("src", "main", "mobile");
    private static final double LATITUDE = 29.1234;
    private static final double LONGITUDE = 119.6543;

    @Test
    void aCitizenReachesTheDeputyFromAPhoneAndRatesTheAnswer() throws Exception {
        TownshipOffice office = TownshipOffice.open("绿水", "lvshui-clerk", Map.of("address", "绿水镇人民路1号", "latitude", LATITUDE,
                "longitude", LONGITUDE, "openingHours", "周一至周五 8:30-17:00", "phone", "0571-8000100"), "林代表");
        String staff = office.staff();
        long station = office.station();
        long deputy = office.deputy();

        // A neighbour's answered opinion on the board: the one the citizen sees while typing and supports.
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String similar = "村口路灯坏了需要维修" + run;
        String neighbourCode = "it-neighbour-" + System.nanoTime();
        WeChatDouble.citizen(neighbourCode, "openid-" + neighbourCode);
        String neighbour = Api.wechatLogin(neighbourCode).statusCode(200).extract().path("accessToken");
        long published = as(neighbour).header("Idempotency-Key", "it-mobile-" + System.nanoTime()).body(Map.of("stationId", station,
                "kind", "REQUEST", "title", similar, "content", "村口的路灯坏了一个多月，晚上出行很不安全，请尽快维修。", "consentToPublish", true))
                .post("/api/v1/opinions").then().statusCode(201).extract().jsonPath().getLong("id");
        as(staff).body(Map.of()).post("/api/v1/opinions/" + published + "/accept").then().statusCode(200);
        as(staff).body(Map.of("content", "已安排维修。")).post("/api/v1/opinions/" + published + "/replies").then().statusCode(200);
        as(staff).body(Map.of()).post("/api/v1/opinions/" + published + "/publication").then().statusCode(200);

        Instant day = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(1));
        long reception = as(staff).header("Idempotency-Key", "it-mobile-reception-" + System.nanoTime()).body(Map.of("stationId", station,
                "deputyIds", List.of(deputy), "startsAt", day.toString(), "endsAt", day.plus(Duration.ofHours(3)).toString(),
                "topic", "代表接待日", "capacity", 20))
                .post("/api/v1/receptions").then().statusCode(201).extract().jsonPath().getLong("id");

        // The citizen signs in on the H5 page through the official account's web authorisation.
        String code = "it-web-citizen-" + System.nanoTime();
        WeChatDouble.webCitizen(code, "web-openid-" + code, "union-" + code);
        Path photo = SCREENS.resolve("photo.jpg");
        Files.createDirectories(SCREENS);
        Files.write(photo, Images.plain("jpeg"));
        String title = "村口路灯坏了好久" + run;
        Map<String, String> phase1 = journey("1");
        phase1.put("CODE", code);
        phase1.put("LATITUDE", Double.toString(LATITUDE + 0.001));
        phase1.put("LONGITUDE", Double.toString(LONGITUDE + 0.001));
        phase1.put("STATION_ID", Long.toString(station));
        phase1.put("TITLE", title);
        phase1.put("CONTENT", "村口那盏路灯坏了很久，晚上老人出门看不清路，希望尽快修好。");
        phase1.put("SIMILAR", similar);
        phase1.put("PHOTO", photo.toAbsolutePath().toString());
        BrowserJourney.passes(APP, SCREENS, "phone journeys phase 1", phase1);

        // The submission whose answer the network lost was sent again with its key: one opinion, two photos.
        assertEquals("1", JarDatabase.single("select count(*) from opinions where title = ?", title));
        long opinion = JsonPath.from(Files.readString(SCREENS.resolve("opinion.json"))).getLong("id");
        as(staff).get("/api/v1/opinions/" + opinion).then().statusCode(200).body("title", equalTo(title))
                .body("stationId", equalTo((int) station)).body("photoIds", hasSize(2));

        String reply = "已联系镇村建办，本周内更换路灯，感谢您的反映。";
        as(staff).body(Map.of()).post("/api/v1/opinions/" + opinion + "/accept").then().statusCode(200);
        as(staff).body(Map.of("deputyId", deputy)).post("/api/v1/opinions/" + opinion + "/assign").then().statusCode(200);
        as(staff).body(Map.of("content", reply)).post("/api/v1/opinions/" + opinion + "/replies").then().statusCode(200);

        Map<String, String> phase2 = journey("2");
        phase2.put("REPLY", reply);
        phase2.put("PUBLIC_TITLE", similar);
        phase2.put("RECEPTION", Long.toString(reception));
        phase2.put("STATION_ID", Long.toString(station));
        BrowserJourney.passes(APP, SCREENS, "phone journeys phase 2", phase2);

        // What the office and the public see after it: the rating, the support, the freed place.
        as(staff).get("/api/v1/opinions/" + opinion).then().statusCode(200).body("rating", equalTo("SATISFIED"));
        RestAssured.given().get("/api/v1/public/opinions/" + published).then().statusCode(200).body("supportCount", equalTo(1));
        RestAssured.given().get("/api/v1/receptions/" + reception).then().statusCode(200).body("booked", equalTo(0));
    }

    private static Map<String, String> journey(String phase) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PHASE", phase);
        environment.put("MOBILE_URL", "http://localhost:" + RestAssured.port + "/m/");
        environment.put("STATE_DIR", SCREENS.toAbsolutePath().toString());
        return environment;
    }
}
