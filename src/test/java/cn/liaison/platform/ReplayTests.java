package cn.liaison.platform;

import static cn.liaison.support.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cn.liaison.support.Desk;
import io.quarkus.test.junit.QuarkusTest;

/** A retried create answers exactly what the first answer said, times in the same zone included. */
@QuarkusTest
class ReplayTests {

    @Test
    void aReplayedAnswerKeepsItsTimesAsTheyWereFirstWritten() {
        Desk desk = Desk.open("重放");
        var body = desk.opinion("重放时的时间应保持一致", "第一次提交与重试得到的时间应当写法一致，都带东八区。");
        String key = "replay-" + System.nanoTime();
        String first = as(desk.citizen).header("Idempotency-Key", key).body(body).post("/api/v1/opinions").then()
                .statusCode(201).header("Idempotent-Replayed", "false").body("createdAt", endsWith("+08:00"))
                .extract().path("createdAt");
        as(desk.citizen).header("Idempotency-Key", key).body(body).post("/api/v1/opinions").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("createdAt", equalTo(first));
    }
}
