package cn.liaison.support;

import static cn.liaison.support.Api.as;

import java.util.HashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A fresh county with a township station, its staff, a bound deputy and a citizen signed in through
 * the WeChat double (with a known openid): what most opinion tests start from.
 */
public final class Desk {

    public final long county;
    public final long township;
    public final long station;
    public final long deputy;
    public final long deputyUserId;
    public final String staff;
    public final String deputyToken;
    public final String citizen;
    public final long citizenId;
    public final String citizenOpenid;

    private Desk(String name) {
        county = TestData.region(null, name + "县" + System.nanoTime(), "COUNTY");
        township = TestData.region(county, name + "镇", "TOWNSHIP");
        staff = People.staffIn(township);
        station = as(staff).header("Idempotency-Key", "s-" + System.nanoTime())
                .body(Map.of("regionId", township, "level", "TOWNSHIP_STATION", "name", name + "镇站")).post("/api/v1/stations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputy = as(staff).header("Idempotency-Key", "d-" + System.nanoTime())
                .body(Map.of("name", name + "代表", "level", "TOWNSHIP", "primaryStationId", station)).post("/api/v1/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        deputyUserId = Api.newCitizen(name + "-deputy").getLong("user.id");
        TestData.sql("update deputies set user_id = $1 where id = $2", deputyUserId, deputy);
        deputyToken = TestTokens.valid(deputyUserId, "CITIZEN", "DEPUTY");
        citizenOpenid = "openid-" + name + "-" + System.nanoTime();
        String code = "code-" + citizenOpenid;
        WeChatDouble.citizen(code, citizenOpenid);
        JsonPath signedIn = Api.wechatLogin(code).statusCode(200).extract().jsonPath();
        citizen = signedIn.getString("accessToken");
        citizenId = signedIn.getLong("user.id");
    }

    public static Desk open(String name) {
        return new Desk(name);
    }

    public Map<String, Object> opinion(String title, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station);
        body.put("kind", "SUGGESTION");
        body.put("title", title);
        body.put("content", content);
        body.put("contactPhone", "13812345678");
        body.put("consentToPublish", true);
        return body;
    }

    public long submit(String title) {
        return submit(opinion(title, "村口道路坑洼多年，雨天积水，老人孩子出行不便，希望尽快修缮。"));
    }

    public long submit(Map<String, Object> body) {
        return as(citizen).header("Idempotency-Key", "o-" + System.nanoTime()).body(body).post("/api/v1/opinions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public ValidatableResponse act(String token, long id, String action, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/opinions/" + id + "/" + action).then();
    }

    /** Submitted, accepted, assigned to the deputy and replied by them. */
    public long replied(String title) {
        long id = submit(title);
        act(staff, id, "accept", Map.of()).statusCode(200);
        act(staff, id, "assign", Map.of("deputyId", deputy)).statusCode(200);
        act(deputyToken, id, "replies", Map.of("content", "已联系相关部门，下月处理。")).statusCode(200);
        return id;
    }
}
