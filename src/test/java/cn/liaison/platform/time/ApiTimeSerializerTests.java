package cn.liaison.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast writer must print what clients have always parsed: ISO-8601 with the offset. */
class ApiTimeSerializerTests {

    @Test
    void printsExactlyWhatTheIsoFormatterPrints() {
        Random random = new Random(7);
        List<ZoneOffset> offsets = List.of(ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(-3, -30),
                ZoneOffset.ofHoursMinutesSeconds(5, 45, 30));
        List<Integer> fractions = List.of(0, 1, 100_000_000, 120_000_000, 123_456_000, 123_456_789, 999_999_999, 10);
        for (int i = 0; i < 20_000; i++) {
            long second = Math.floorMod(random.nextLong(), 253_402_300_800L); // 0001-01-01 .. 9999-12-31
            int nano = i % 2 == 0 ? fractions.get(i / 2 % fractions.size()) : random.nextInt(1_000_000_000);
            OffsetDateTime time = Instant.ofEpochSecond(second - 62_135_596_800L, nano).atOffset(offsets.get(i % offsets.size()));
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), ApiTimeSerializer.format(time));
        }
        OffsetDateTime early = OffsetDateTime.of(5, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(8));
        assertEquals("0005-01-02T03:04:05+08:00", ApiTimeSerializer.format(early));
        OffsetDateTime late = OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(late), ApiTimeSerializer.format(late));
    }
}
