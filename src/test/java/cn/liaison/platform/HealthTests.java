package cn.liaison.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTests {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksPostgresqlAndReportsRedis() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Redis (degraded, not down, when unreachable)"))
                .body("checks.find { it.name.startsWith('Redis') }.data.redis", equalTo("up"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/api/v1/regions");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }
}
