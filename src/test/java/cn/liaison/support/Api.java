package cn.liaison.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Shortcuts for the calls most tests start with. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    public static RequestSpecification as(String accessToken) {
        return json().auth().oauth2(accessToken);
    }

    public static ValidatableResponse passwordLogin(String username, String password) {
        return json().body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/password-login").then();
    }

    public static String adminToken() {
        return passwordLogin(ADMIN, ADMIN_PASSWORD).statusCode(200).extract().path("accessToken");
    }

    public static ValidatableResponse wechatLogin(String code) {
        return json().body(Map.of("code", code)).post("/api/v1/auth/wechat-login").then();
    }

    /** Signs a new citizen in through the WeChat double; answers the whole sign-in body. */
    public static io.restassured.path.json.JsonPath newCitizen(String name) {
        String code = "code-" + name + "-" + System.nanoTime();
        WeChatDouble.citizen(code, "openid-" + name + "-" + System.nanoTime());
        return wechatLogin(code).statusCode(200).extract().jsonPath();
    }
}
