package cn.liaison.board;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import cn.liaison.platform.error.ApiException;

/**
 * The period of a statistics request in whole months (from and to included), by default this year
 * so far. Whole months keep the number of distinct requests, and so of cached results, small.
 */
record MonthRange(YearMonth from, YearMonth to) {

    static final int LONGEST = 36;

    static MonthRange of(String from, String to, Instant now, ZoneId zone) {
        YearMonth thisMonth = YearMonth.from(now.atZone(zone));
        YearMonth end = to == null ? thisMonth : parse("to", to);
        YearMonth start = from == null ? YearMonth.of(end.getYear(), 1) : parse("from", from);
        if (end.isBefore(start) || start.plusMonths(LONGEST - 1).isBefore(end)) {
            throw ApiException.invalidField("to", "field.month-range", LONGEST);
        }
        return new MonthRange(start, end);
    }

    Instant start(ZoneId zone) {
        return from.atDay(1).atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    private static YearMonth parse(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "field.month");
        }
    }
}
