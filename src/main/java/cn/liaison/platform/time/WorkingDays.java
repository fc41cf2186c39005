package cn.liaison.platform.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Working-day arithmetic over a calendar: Monday to Friday, except the dates an admin marked as
 * public holidays, plus the weekend dates marked as make-up working days (调休). A limit of N
 * working days ends when the Nth working day after the start is over (midnight in the
 * deployment's zone). Immutable: the calendar service swaps in a new one when an admin edits it.
 */
public final class WorkingDays {

    private final Map<LocalDate, Boolean> exceptions;
    private final ZoneId zone;

    public WorkingDays(Map<LocalDate, Boolean> exceptions, ZoneId zone) {
        this.exceptions = Map.copyOf(exceptions);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean marked = exceptions.get(day);
        if (marked != null) {
            return marked;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The end of the {@code workingDays}th working day after the day of {@code start}. */
    public Instant deadline(Instant start, int workingDays) {
        return nthWorkingDay(LocalDate.ofInstant(start, zone), workingDays, 1).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Working days after the day of {@code from} up to and including the day of {@code to}. */
    public int between(Instant from, Instant to) {
        LocalDate day = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        int counted = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    /**
     * The latest deadline that is at least {@code workingDays} full working days past at {@code now}:
     * a deadline before it was missed that long ago. Counting back from the start of today, the
     * working days that are over.
     */
    public Instant passedBy(Instant now, int workingDays) {
        return nthWorkingDay(LocalDate.ofInstant(now, zone), workingDays, -1).atStartOfDay(zone).toInstant();
    }

    /** The {@code n}th working day after ({@code step} 1) or before ({@code step} -1) {@code from}. */
    private LocalDate nthWorkingDay(LocalDate from, int n, int step) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public ZoneId zone() {
        return zone;
    }
}
