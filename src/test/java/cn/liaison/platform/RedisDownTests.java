package cn.liaison.platform;

import static cn.liaison.support.Api.passwordLogin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With Redis unreachable, reads keep working and rate limits fall back to this instance. */
@QuarkusTest
@TestProfile(RedisDownTests.RedisUnreachable.class)
class RedisDownTests {

    public static class RedisUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.redis.hosts", "redis://127.0.0.1:1",
                    "liaison.rate-limits.password-login.limit", "3");
        }
    }

    @Test
    void rateLimitsFallBackToThisInstance() {
        for (int i = 0; i < 3; i++) {
            passwordLogin("someone", "wrong-password").statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        }
        passwordLogin("someone", "wrong-password").statusCode(429).header("Retry-After", notNullValue())
                .body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void readsKeepWorking() {
        given().get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void readinessStaysUpAndReportsRedisDegraded() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name.startsWith('Redis') }.data.redis", equalTo("unreachable"));
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("liaison_redis_up 0.0"));
    }
}
