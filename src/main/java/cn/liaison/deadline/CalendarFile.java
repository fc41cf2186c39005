package cn.liaison.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.web.CsvReader;

/**
 * A year's holidays and make-up working days as the State Council's notice lists them, typed into a
 * spreadsheet: one row a day, {@code 日期,上班,名称} (or {@code date,working,name}), the date as
 * 2026-10-01, "working" as 上班/休息, 班/休, 是/否, true/false or 1/0. A file with a bad row is refused
 * whole, each bad row named by its line, so that half a year's schedule never applies.
 */
public final class CalendarFile {

    private static final int MOST_DAYS = 400;
    private static final Map<String, Boolean> WORKING = Map.ofEntries(Map.entry("上班", true), Map.entry("班", true),
            Map.entry("是", true), Map.entry("true", true), Map.entry("1", true), Map.entry("休息", false),
            Map.entry("休", false), Map.entry("否", false), Map.entry("false", false), Map.entry("0", false));

    private CalendarFile() {
    }

    public static List<CalendarDay> read(byte[] file) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(CsvReader.decode(file));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("file", "field.calendar-file");
        }
        List<CalendarDay> days = new ArrayList<>();
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        for (CsvReader.Record row : records) {
            if (row.line() == 1 && !row.fields().isEmpty() && !row.fields().get(0).strip().matches("\\d.*")) {
                continue; // the heading
            }
            try {
                LocalDate day = LocalDate.parse(field(row, 0));
                Boolean working = WORKING.get(field(row, 1).toLowerCase(Locale.ROOT));
                String name = row.fields().size() > 2 ? row.fields().get(2).strip() : "";
                if (working == null || name.length() > 32 || day.getYear() < WorkingCalendar.FIRST_YEAR
                        || day.getYear() > WorkingCalendar.LAST_YEAR) {
                    throw new IllegalArgumentException();
                }
                days.add(new CalendarDay(day, working, name));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new ApiException.FieldProblem("line " + row.line(), "field.calendar-row"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        if (days.isEmpty() || days.size() > MOST_DAYS) {
            throw ApiException.invalidField("file", "field.calendar-file");
        }
        return days;
    }

    private static String field(CsvReader.Record row, int index) {
        if (index >= row.fields().size()) {
            throw new IllegalArgumentException();
        }
        return row.fields().get(index).strip();
    }
}
