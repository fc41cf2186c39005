package cn.liaison.platform.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times in answers: ISO-8601 with the offset of the deployment's zone (China Standard Time by default). */
public final class ApiTime {

    private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    private ApiTime() {
    }

    /** Set once at start from {@code liaison.time-zone}. */
    static void use(ZoneId configured) {
        zone = configured;
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
