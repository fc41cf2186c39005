package cn.liaison.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.time.WorkingDays;

/** National Day 2026: 1–7 October off (Thursday to Wednesday), Saturday 10 October a make-up working day. */
class WorkingDaysTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDays calendar = new WorkingDays(nationalDay(), SHANGHAI);

    private static Map<LocalDate, Boolean> nationalDay() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (int d = 1; d <= 7; d++) {
            days.put(LocalDate.of(2026, 10, d), false);
        }
        days.put(LocalDate.of(2026, 10, 10), true);
        return days;
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void holidaysAreSkippedAndTheMakeUpSaturdayCounts() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 5)), "a Monday inside the holiday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "the make-up Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");

        // Submitted on the eve of the holiday: the 8th and the 9th are the two working days.
        assertEquals(at("2026-10-10T00:00"), calendar.deadline(at("2026-09-30T16:00"), 2));
        // From the 8th: the 9th and the make-up Saturday the 10th.
        assertEquals(at("2026-10-11T00:00"), calendar.deadline(at("2026-10-08T09:00"), 2));
        // Without the calendar the same two days end on Friday the 2nd.
        assertEquals(at("2026-10-03T00:00"), new WorkingDays(Map.of(), SHANGHAI).deadline(at("2026-09-30T16:00"), 2));
    }

    @Test
    void workingDaysBetweenTwoMomentsCountTheCalendar() {
        assertEquals(3, calendar.between(at("2026-09-30T10:00"), at("2026-10-10T18:00")), "8th, 9th, make-up 10th");
        assertEquals(0, calendar.between(at("2026-10-01T10:00"), at("2026-10-07T18:00")));
    }

    @Test
    void aDeadlineIsSupervisedOnceAWholeWorkingDayAfterItHasPassed() {
        Instant due = calendar.deadline(at("2026-09-30T16:00"), 2); // end of Friday the 9th
        // During the make-up Saturday the deadline is missed but not yet by a whole working day.
        assertTrue(due.isAfter(calendar.passedBy(at("2026-10-10T15:00"), 1)));
        // On Sunday the make-up Saturday is over.
        assertFalse(due.isAfter(calendar.passedBy(at("2026-10-11T08:00"), 1)));
    }
}
