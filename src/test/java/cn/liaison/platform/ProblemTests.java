package cn.liaison.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemTests {

    @Test
    void problemsAreInChineseByDefault() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("title", equalTo("未登录或登录已失效"))
                .body("detail", equalTo("请先登录。"));
    }

    @Test
    void problemsAreInEnglishWhenAskedFor() {
        given().header("Accept-Language", "en-US,en;q=0.9").get("/api/v1/me").then().statusCode(401)
                .body("detail", equalTo("Please sign in."));
    }

    @Test
    void theRequestIdIsEchoedAndNamedInTheProblem() {
        given().header("X-Request-Id", "phone-retry-0001").get("/api/v1/regions/424242").then().statusCode(404)
                .header("X-Request-Id", "phone-retry-0001")
                .body("requestId", equalTo("phone-retry-0001"))
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void anInsaneRequestIdIsReplacedByTheTraceId() {
        given().header("X-Request-Id", "<script>").get("/api/v1/regions/424242").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void unreadableJsonIsAProblemWithoutInternals() {
        given().contentType("application/json").body("{\"code\": ").post("/api/v1/auth/wechat-login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_REQUEST"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().get("/api/v1/nowhere").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().delete("/api/v1/regions").then().statusCode(405).body("code", equalTo("METHOD_NOT_ALLOWED"));
        given().contentType("text/plain").body("x").post("/api/v1/auth/wechat-login").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void aBadPathParameterIsAProblem() {
        given().get("/api/v1/regions/not-a-number").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_REQUEST"));
    }
}
