package cn.liaison.open311;

import static cn.liaison.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Api;
import cn.liaison.support.Desk;
import cn.liaison.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Open311 GeoReport v2, checked with the field names of the published specification: services,
 * requests (published opinions only, redacted, places to ~100 m), one request, filters, errors as
 * GeoReport's array of {code, description}, and submission with an api_key that admins issue.
 */
@QuarkusTest
class Open311Tests {

    private static final String V2 = "/open311/v2";

    private static long category(String name) {
        return as(Api.adminToken()).body(Map.of("name", name + System.nanoTime() % 1_000_000_000L)).post("/api/v1/admin/categories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Submits and answers the tracking number. */
    private static String submit(Desk desk, Map<String, Object> body) {
        return as(desk.citizen).header("Idempotency-Key", "o-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                .then().statusCode(201).extract().jsonPath().getString("trackingNo");
    }

    private static long idOf(String trackingNo) {
        return TestData.sql("select id from opinions where tracking_no = $1", trackingNo).iterator().next().getLong(0);
    }

    /** Accepted, assigned, answered by the deputy, and published by staff. */
    private static void publishWithReply(Desk desk, String trackingNo, String reply) {
        long id = idOf(trackingNo);
        desk.act(desk.staff, id, "accept", Map.of()).statusCode(200);
        desk.act(desk.staff, id, "assign", Map.of("deputyId", desk.deputy)).statusCode(200);
        desk.act(desk.deputyToken, id, "replies", Map.of("content", reply)).statusCode(200);
        desk.act(desk.staff, id, "publication", Map.of()).statusCode(200);
    }

    private static ValidatableResponse geoReportError(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/json"))
                .body("$", hasSize(1)).body("[0].code", equalTo(status)).body("[0].description", notNullValue());
    }

    private static String issueKey(String partner, long stationId) {
        return as(Api.adminToken()).body(Map.of("partner", partner, "stationId", stationId)).post("/api/v1/admin/open311-keys")
                .then().statusCode(201).extract().jsonPath().getString("apiKey");
    }

    private static ValidatableResponse post(String apiKey, Map<String, String> fields) {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").accept("application/json");
        if (apiKey != null) {
            request.formParam("api_key", apiKey);
        }
        fields.forEach(request::formParam);
        return request.post(V2 + "/requests.json").then();
    }

    @Test
    void servicesAreTheActiveCategoriesInGeoReportsFields() {
        long code = category("路灯");
        JsonPath services = given().get(V2 + "/services.json").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath();
        Map<String, Object> service = services.getMap("find { it.service_code == '" + code + "' }");
        assertEquals(Boolean.FALSE, service.get("metadata"));
        assertEquals("realtime", service.get("type"));
        assertTrue(service.get("service_name").toString().startsWith("路灯"));
        for (String field : new String[] { "description", "keywords", "group" }) {
            assertTrue(service.containsKey(field), field + " is written, if null");
        }
    }

    @Test
    void aPublishedOpinionIsARequestWithRoundedCoordinatesAndNoPersonalData() {
        Desk desk = Desk.open("开放");
        as(desk.citizen).body(Map.of("nickname", "欧阳明")).patch("/api/v1/me").then().statusCode(200);
        long code = category("水利");
        Map<String, Object> body = desk.opinion("村口水渠堵塞需要清理", "我是欧阳明，电话13912345678，村口水渠堵塞，下雨就漫到路上。");
        body.put("anonymous", true);
        body.put("categoryId", code);
        body.put("latitude", 30.123456);
        body.put("longitude", 120.987654);
        body.put("place", "欧阳明家门口");
        String trackingNo = submit(desk, body);
        publishWithReply(desk, trackingNo, "欧阳明您好，水渠已安排本周清理。");

        ValidatableResponse one = given().get(V2 + "/requests/" + trackingNo + ".json").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("$", hasSize(1))
                .body("[0].service_request_id", equalTo(trackingNo))
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo(Long.toString(code)))
                .body("[0].service_name", startsWith("水利"))
                .body("[0].description", equalTo("村口水渠堵塞需要清理\n我是**，电话[电话已隐去]，村口水渠堵塞，下雨就漫到路上。"))
                .body("[0].status_notes", equalTo("**您好，水渠已安排本周清理。"))
                .body("[0].agency_responsible", equalTo("开放镇站"))
                .body("[0].lat", equalTo(30.123f))
                .body("[0].long", equalTo(120.988f))
                .body("[0].requested_datetime", notNullValue())
                .body("[0].updated_datetime", notNullValue())
                .body("[0]", hasKey("expected_datetime"))
                .body("[0].address", nullValue())
                .body("[0]", hasKey("address_id"))
                .body("[0]", hasKey("zipcode"))
                .body("[0]", hasKey("media_url"))
                .body("[0]", hasKey("service_notice"))
                .body(not(containsString("欧阳明")))
                .body(not(containsString("13812345678")))
                .body(not(containsString("13912345678")))
                .body(not(containsString(desk.citizenOpenid)))
                .body(not(containsString("30.123456")));
        OffsetDateTime.parse(one.extract().jsonPath().getString("[0].requested_datetime")); // ISO 8601 with its offset

        given().queryParam("service_request_id", trackingNo + ",SQ19990101-000001").get(V2 + "/requests.json").then().statusCode(200)
                .body("service_request_id", equalTo(java.util.List.of(trackingNo)));
        given().get(V2 + "/requests.json").then().statusCode(200).body("service_request_id", hasItem(trackingNo));
    }

    @Test
    void anUnpublishedOpinionIsNoRequest() {
        Desk desk = Desk.open("未公开");
        String trackingNo = submit(desk, desk.opinion("道路坑洼需要修补", "村口道路坑洼多年，雨天积水，出行不便。"));
        geoReportError(given().get(V2 + "/requests/" + trackingNo + ".json").then(), 404);
        given().queryParam("service_request_id", trackingNo).get(V2 + "/requests.json").then().statusCode(200).body("$", hasSize(0));
        given().get(V2 + "/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(trackingNo)));
        geoReportError(given().get(V2 + "/requests/SQ19990101-999999.json").then(), 404);
    }

    @Test
    void requestsAreFilteredByServiceCodeStatusAndDates() {
        Desk desk = Desk.open("筛选");
        long roads = category("道路");
        long water = category("供水");
        Map<String, Object> road = desk.opinion("村口道路坑洼需要修补", "村口道路坑洼多年，雨天积水，出行不便。");
        road.put("categoryId", roads);
        String open = submit(desk, road);
        publishWithReply(desk, open, "已安排修补。");
        Map<String, Object> tap = desk.opinion("自来水经常停水", "村里自来水经常停水，希望查明原因。");
        tap.put("categoryId", water);
        String closed = submit(desk, tap);
        publishWithReply(desk, closed, "已更换水管。");
        desk.act(desk.citizen, idOf(closed), "rating", Map.of("rating", "SATISFIED")).statusCode(200);

        given().queryParam("service_code", roads).get(V2 + "/requests.json").then().statusCode(200)
                .body("service_request_id", equalTo(java.util.List.of(open)));
        given().queryParam("service_code", roads + "," + water).get(V2 + "/requests.json").then().statusCode(200)
                .body("service_request_id", equalTo(java.util.List.of(closed, open)));
        given().queryParam("service_code", roads + "," + water).queryParam("status", "closed").get(V2 + "/requests.json").then()
                .statusCode(200).body("service_request_id", equalTo(java.util.List.of(closed))).body("[0].status", equalTo("closed"))
                .body("[0].expected_datetime", nullValue());
        given().queryParam("service_code", roads + "," + water).queryParam("status", "open,closed").get(V2 + "/requests.json").then()
                .statusCode(200).body("$", hasSize(2));

        OffsetDateTime requested = OffsetDateTime.parse(given().get(V2 + "/requests/" + open + ".json").then().extract()
                .jsonPath().getString("[0].requested_datetime"));
        String codes = roads + "," + water;
        given().queryParam("service_code", codes).queryParam("start_date", requested.plusHours(1).toString()).get(V2 + "/requests.json")
                .then().statusCode(200).body("$", hasSize(0));
        given().queryParam("service_code", codes).queryParam("end_date", requested.minusHours(1).toString()).get(V2 + "/requests.json")
                .then().statusCode(200).body("$", hasSize(0));
        given().queryParam("service_code", codes).queryParam("start_date", requested.minusDays(1).toString())
                .queryParam("end_date", requested.plusDays(1).toString()).get(V2 + "/requests.json")
                .then().statusCode(200).body("$", hasSize(2));
        // Only a start: the 90 days after it.
        given().queryParam("service_code", codes).queryParam("start_date", requested.minusDays(91).toString()).get(V2 + "/requests.json")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void wrongFiltersAnswerGeoReportErrors() {
        geoReportError(given().queryParam("start_date", "2026-01-01T00:00:00Z").queryParam("end_date", "2026-06-01T00:00:00Z")
                .get(V2 + "/requests.json").then(), 400).body("[0].description", containsString("end_date"));
        geoReportError(given().queryParam("start_date", "2026-01-01").get(V2 + "/requests.json").then(), 400)
                .body("[0].description", containsString("start_date"));
        geoReportError(given().queryParam("status", "pending").get(V2 + "/requests.json").then(), 400)
                .body("[0].description", containsString("status"));
        geoReportError(given().queryParam("service_code", "roads").header("Accept-Language", "en").get(V2 + "/requests.json").then(), 400)
                .body("[0].description", containsString("service_code"));
        // Refused before the REST layer (a cut escape), and a path nothing serves: GeoReport's shape too.
        geoReportError(given().urlEncodingEnabled(false).get(V2 + "/requests.json?status=%E5%8C").then(), 400);
        geoReportError(given().get(V2 + "/tokens/1.json").then(), 404);
        // The rest of the API keeps problem+json.
        given().get("/api/v1/public/opinions/999999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aPartnersRequestBecomesAnOpinionInReviewAsFromThePartner() {
        Desk desk = Desk.open("合作");
        long code = category("环境");
        String partner = "12345热线" + System.nanoTime() % 100000;
        String apiKey = issueKey(partner, desk.station);

        JsonPath created = post(apiKey, Map.of("service_code", Long.toString(code), "description", "河道里有大量垃圾，气味很大，希望尽快清理。",
                "address_string", "河滨路桥下", "first_name", "张", "last_name", "三", "email", "zhangsan@example.com",
                "phone", "+86 139-1234-5678"))
                .statusCode(200).contentType(startsWith("application/json"))
                .body("$", hasSize(1))
                .body("[0]", hasKey("account_id")).body("[0].account_id", nullValue())
                .body("[0].service_notice", notNullValue())
                .extract().jsonPath();
        String trackingNo = created.getString("[0].service_request_id");
        assertTrue(trackingNo.startsWith("SQ"), trackingNo);

        Row row = TestData.sql("select o.flagged, o.flag_reasons, o.state, o.station_id, o.category_id, o.kind, o.place, u.nickname, u.roles,"
                + " u.openid, u.username from opinions o join users u on u.id = o.submitter_id where o.tracking_no = $1", trackingNo)
                .iterator().next();
        assertTrue(row.getBoolean("flagged"), "always into review");
        assertTrue(row.getString("flag_reasons").contains("OPEN311_PARTNER:" + partner), row.getString("flag_reasons"));
        assertEquals("SUBMITTED", row.getString("state"));
        assertEquals(desk.station, row.getLong("station_id"));
        assertEquals(code, row.getLong("category_id"));
        assertEquals("REQUEST", row.getString("kind"));
        assertEquals("河滨路桥下", row.getString("place"));
        assertEquals(partner, row.getString("nickname"));
        assertEquals("", row.getString("roles"));
        assertEquals(null, row.getString("openid"));
        assertEquals(null, row.getString("username"));
        as(desk.staff).get("/api/v1/opinions/" + idOf(trackingNo)).then().statusCode(200).body("flagged", equalTo(true))
                .body(not(containsString("zhangsan")));

        // Not published yet: no request to read.
        geoReportError(given().get(V2 + "/requests/" + trackingNo + ".json").then(), 404);
        // The opinion's own checks answer, by GeoReport's names.
        geoReportError(post(apiKey, Map.of("service_code", Long.toString(code), "description", "太短")), 400)
                .body("[0].description", containsString("description"));
        geoReportError(post(apiKey, Map.of("description", "河道里有大量垃圾，希望尽快清理。")), 400)
                .body("[0].description", containsString("service_code"));
        geoReportError(post(apiKey, Map.of("service_code", "999999999", "description", "河道里有大量垃圾，希望尽快清理。")), 400)
                .body("[0].description", containsString("service_code"));
        geoReportError(post(apiKey, Map.of("service_code", Long.toString(code), "lat", "30.1", "description", "河道里有大量垃圾，希望尽快清理。")), 400)
                .body("[0].description", containsString("long"));
    }

    @Test
    void aRequestWithCoordinatesGoesToTheNearestStation() {
        Desk desk = Desk.open("就近");
        // A spot of its own, far from the stations other tests (and earlier runs) made.
        double lat = -40 + (System.nanoTime() % 10_000) / 1000.0;
        double lon = 150 + (System.nanoTime() % 7_000) / 1000.0;
        long near = as(desk.staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", desk.township, "level", "VILLAGE_ROOM", "name", "就近村室", "latitude", lat, "longitude", lon))
                .post("/api/v1/stations").then().statusCode(201).extract().jsonPath().getLong("id");
        String apiKey = issueKey("就近平台", desk.station);
        String trackingNo = post(apiKey, Map.of("service_code", Long.toString(category("就近")), "lat", Double.toString(lat + 0.0001), "long", Double.toString(lon + 0.0001),
                "description", "路口的红绿灯坏了，车辆通行很危险。")).statusCode(200).extract().jsonPath().getString("[0].service_request_id");
        assertEquals(near, TestData.sql("select station_id from opinions where tracking_no = $1", trackingNo).iterator().next().getLong(0));
    }

    @Test
    void anUnknownOrRevokedKeyIsRefused() {
        Desk desk = Desk.open("吊销");
        long code = category("吊销");
        Map<String, String> fields = Map.of("service_code", Long.toString(code), "description", "河道里有大量垃圾，希望尽快清理。");
        geoReportError(post("o311_never-issued", fields), 403).body("[0].description", containsString("api_key"));
        geoReportError(post(null, fields), 403);

        String admin = Api.adminToken();
        JsonPath issued = as(admin).body(Map.of("partner", "吊销平台", "stationId", desk.station)).post("/api/v1/admin/open311-keys")
                .then().statusCode(201).extract().jsonPath();
        String apiKey = issued.getString("apiKey");
        post(apiKey, fields).statusCode(200);
        as(admin).delete("/api/v1/admin/open311-keys/" + issued.getLong("key.id")).then().statusCode(200).body("revokedAt", notNullValue());
        geoReportError(post(apiKey, fields), 403);
    }

    @Test
    void aKeyHasRateLimitsOfItsOwn() {
        Desk desk = Desk.open("限流");
        String apiKey = issueKey("限流平台", desk.station);
        Map<String, String> fields = Map.of("service_code", Long.toString(category("限流")), "description", "河道里有大量垃圾，希望尽快清理。");
        for (int i = 0; i < 3; i++) { // the test profile's hourly limit per key
            post(apiKey, fields).statusCode(200);
        }
        geoReportError(post(apiKey, fields), 429).header("Retry-After", notNullValue());
        // Another partner is not held up by this one.
        post(issueKey("另一平台", desk.station), fields).statusCode(200);
    }

    @Test
    void adminsIssueListAndRevokeKeysShownOnce() {
        Desk desk = Desk.open("密钥");
        String admin = Api.adminToken();
        JsonPath issued = as(admin).body(Map.of("partner", " 随手拍平台 ", "stationId", desk.station)).post("/api/v1/admin/open311-keys")
                .then().statusCode(201).header("Location", containsString("/api/v1/admin/open311-keys/"))
                .body("key.partner", equalTo("随手拍平台")).body("key.stationId", equalTo((int) desk.station))
                .body("key.revokedAt", nullValue()).body("key.issuedAt", notNullValue())
                .extract().jsonPath();
        String apiKey = issued.getString("apiKey");
        long id = issued.getLong("key.id");
        assertTrue(apiKey.length() >= 40, apiKey);
        assertTrue(apiKey.startsWith(issued.getString("key.keyPrefix")));

        String listed = as(admin).get("/api/v1/admin/open311-keys").then().statusCode(200)
                .body("find { it.id == " + id + " }.partner", equalTo("随手拍平台")).extract().asString();
        assertFalse(listed.contains(apiKey), "the key is shown once");
        Row stored = TestData.sql("select key_hash from open311_keys where id = $1", id).iterator().next();
        assertFalse(stored.getString(0).contains(apiKey));

        as(admin).delete("/api/v1/admin/open311-keys/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        String revokedAt = as(admin).get("/api/v1/admin/open311-keys").then().extract().jsonPath().getString("find { it.id == " + id + " }.revokedAt");
        as(admin).delete("/api/v1/admin/open311-keys/" + id).then().statusCode(200).body("revokedAt", equalTo(revokedAt));
        as(admin).delete("/api/v1/admin/open311-keys/999999999").then().statusCode(404).contentType(startsWith("application/problem+json"));
        as(admin).body(Map.of("partner", "", "stationId", desk.station)).post("/api/v1/admin/open311-keys").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(admin).body(Map.of("partner", "无站", "stationId", 999999999)).post("/api/v1/admin/open311-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("stationId"));
    }

    @Test
    void onlyAdminsIssueKeys() {
        Desk desk = Desk.open("非管理员");
        Map<String, Object> body = Map.of("partner", "冒名平台", "stationId", desk.station);
        as(desk.staff).body(body).post("/api/v1/admin/open311-keys").then().statusCode(403)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("FORBIDDEN"));
        as(desk.citizen).body(body).post("/api/v1/admin/open311-keys").then().statusCode(403);
        as(desk.staff).get("/api/v1/admin/open311-keys").then().statusCode(403);
        Api.json().body(body).post("/api/v1/admin/open311-keys").then().statusCode(401);
        as(desk.staff).delete("/api/v1/admin/open311-keys/1").then().statusCode(403);
    }
}
