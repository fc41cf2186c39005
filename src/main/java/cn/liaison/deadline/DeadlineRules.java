package cn.liaison.deadline;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;



/** The time limits of SPEC §3, in working days of the admin calendar. */
@ApplicationScoped
public class DeadlineRules {

    private final WorkingCalendar calendar;
    private final TimeLimitSettings limits;

    public DeadlineRules(WorkingCalendar calendar, TimeLimitSettings limits) {
        this.calendar = calendar;
        this.limits = limits;
    }

    public Instant acceptBy(Instant submitted) {
        return calendar.current().deadline(submitted, limits.current().acceptWithin());
    }

    /** The reply limit in working days for a kind of opinion, by its name. */
    public int replyWithin(String kind) {
        return limits.current().replyWithin(kind);
    }

    /** The reply deadline {@code workingDays} after acceptance; which number applies is the caller's rule. */
    public Instant replyBy(Instant accepted, int workingDays) {
        return calendar.current().deadline(accepted, workingDays);
    }

    /** A deadline moved on by {@code workingDays}. */
    public Instant extended(Instant due, int workingDays) {
        return calendar.current().deadline(due.minusNanos(1), workingDays);
    }

    /** Working days from acceptance to the first reply. */
    public int workingDaysBetween(Instant from, Instant to) {
        return calendar.current().between(from, to);
    }

    /**
     * Working days left before {@code due} at {@code now}: 0 on its last day, negative once it is
     * missed (how many working days ago).
     */
    public int workingDaysLeft(Instant due, Instant now) {
        Instant lastMoment = due.minusNanos(1);
        return now.isBefore(due) ? calendar.current().between(now, lastMoment) : -calendar.current().between(lastMoment, now);
    }

    /** The end of the {@code workingDays}th working day from today: deadlines before it fall due within that many. */
    public Instant withinWorkingDays(Instant now, int workingDays) {
        return calendar.current().deadline(now, workingDays);
    }

    /** Deadlines at or before this instant were missed {@code superviseAfter} working days ago. */
    public Instant supervisionCutoff(Instant now) {
        return calendar.current().passedBy(now, limits.current().superviseAfter());
    }

    /** The end of the day {@code months} calendar months after {@code from}, in the calendar's zone (deputy suggestions count months). */
    public Instant monthsAfter(Instant from, int months) {
        ZoneId zone = calendar.current().zone();
        return from.atZone(zone).toLocalDate().plusMonths(months).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The calendar year {@code at} falls in, in the calendar's zone. */
    public int yearOf(Instant at) {
        return at.atZone(calendar.current().zone()).getYear();
    }

    public int longestExtension() {
        return limits.current().longestExtension();
    }

    public java.time.Duration ratingPeriod() {
        return java.time.Duration.ofDays(limits.current().ratingPeriodDays());
    }
}
