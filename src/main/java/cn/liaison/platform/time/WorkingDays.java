package cn.liaison.platform.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadlines in working days: a limit of N working days ends when the Nth working day after the
 * start is over (midnight in the deployment's zone). Weekends are skipped; public holidays and
 * make-up working days (调休) come with the admin calendar of the deadlines issue.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static Instant deadline(Instant start, int workingDays, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(start, zone);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
