package cn.liaison.directory.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.liaison.directory.Deputy;
import cn.liaison.directory.DeputyLevel;
import cn.liaison.directory.repository.DeputyRepository;
import cn.liaison.identity.Caller;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.web.CsvReader;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Imports a roster of deputies from CSV, as a congress office keeps it in Excel. Rows are matched
 * on the office's own number (编号), so importing the same file again changes nothing; valid rows
 * are imported, and each invalid one is reported with its line and why.
 */
@ApplicationScoped
public class DeputyImport {

    static final int MAX_ROWS = 5000;
    /** Accepted headings, English or as the office writes them, for each column. */
    private static final Map<String, String> HEADINGS = headings(
            "rosterKey", "编号", "name", "姓名", "gender", "性别", "ethnicity", "民族", "level", "级别", "term", "届次",
            "occupation", "职业", "workUnit", "工作单位", "stationId", "联络站编号", "otherStationIds", "其他联络站编号",
            "publicContact", "联系方式");
    private static final Map<String, DeputyLevel> LEVELS = Map.of(
            "乡镇", DeputyLevel.TOWNSHIP, "乡", DeputyLevel.TOWNSHIP, "镇", DeputyLevel.TOWNSHIP, "县", DeputyLevel.COUNTY,
            "县级", DeputyLevel.COUNTY, "市", DeputyLevel.CITY, "省", DeputyLevel.PROVINCE, "全国", DeputyLevel.NATIONAL);

    private final DeputyAdministration administration;
    private final DeputyRepository deputies;
    private final Validator validator;
    private final DirectoryCache cache;

    public DeputyImport(DeputyAdministration administration, DeputyRepository deputies, Validator validator,
            DirectoryCache cache) {
        this.administration = administration;
        this.deputies = deputies;
        this.validator = validator;
        this.cache = cache;
    }

    public Uni<Report> importCsv(Caller caller, String csv) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(csv);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CSV_UNREADABLE, e.getMessage()));
        }
        if (records.isEmpty()) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CSV_UNREADABLE, "no heading row"));
        }
        if (records.size() - 1 > MAX_ROWS) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CSV_UNREADABLE, "more than " + MAX_ROWS + " rows"));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> heading = records.get(0).fields();
        for (int i = 0; i < heading.size(); i++) {
            String column = HEADINGS.get(heading.get(i).strip());
            if (column != null) {
                columns.put(column, i);
            }
        }
        for (String required : List.of("rosterKey", "name", "level", "stationId")) {
            if (!columns.containsKey(required)) {
                return Uni.createFrom().failure(new ApiException(ErrorCode.CSV_UNREADABLE, "missing column " + required));
            }
        }
        return importRows(caller, columns, records.subList(1, records.size())).call(cache::changed);
    }

    @WithTransaction
    Uni<Report> importRows(Caller caller, Map<String, Integer> columns, List<CsvReader.Record> rows) {
        Report report = new Report();
        Set<String> seen = new HashSet<>();
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> importRow(caller, columns, row, seen, report))
                .collect().last()
                .replaceWith(report);
    }

    private Uni<Void> importRow(Caller caller, Map<String, Integer> columns, CsvReader.Record row, Set<String> seen,
            Report report) {
        DeputyInput input;
        try {
            input = parse(columns, row);
        } catch (RowProblem problem) {
            report.problems.add(new RowError(row.line(), problem.field, problem.messageKey));
            return Uni.createFrom().voidItem();
        }
        if (!seen.add(input.rosterKey())) {
            report.problems.add(new RowError(row.line(), "rosterKey", "field.duplicate-in-file"));
            return Uni.createFrom().voidItem();
        }
        return deputies.findByRosterKey(input.rosterKey())
                .chain(existing -> existing == null ? create(caller, input, report) : update(caller, existing, input, report))
                .onFailure(ApiException.class).recoverWithItem(failure -> {
                    ApiException problem = (ApiException) failure;
                    String field = problem.fieldProblems().isEmpty() ? "" : column(problem.fieldProblems().get(0).field());
                    String key = problem.fieldProblems().isEmpty() ? problem.code().name() : problem.fieldProblems().get(0).messageKey();
                    report.problems.add(new RowError(row.line(), field, key));
                    return null;
                });
    }

    private Uni<Void> create(Caller caller, DeputyInput input, Report report) {
        return administration.save(caller, new Deputy(), input).invoke(() -> report.created++).replaceWithVoid();
    }

    /** Rewrites a deputy only when the row says something new; outside the caller's scope it is "not found". */
    private Uni<Void> update(Caller caller, Deputy existing, DeputyInput input, Report report) {
        if (!caller.mayAdminister(existing.regionPath)) {
            return Uni.createFrom().failure(ApiException.invalidField("rosterKey", "field.deputy-unknown"));
        }
        return deputies.stationIds(existing).chain(stationIds -> {
            if (sameAs(existing, stationIds, input)) {
                report.unchanged++;
                return Uni.createFrom().voidItem();
            }
            return administration.save(caller, existing, withProfileOf(existing, input)).invoke(() -> report.updated++).replaceWithVoid();
        });
    }

    /** The roster says nothing of photo or biography: those stay as the deputy or staff set them. */
    private static DeputyInput withProfileOf(Deputy existing, DeputyInput row) {
        return new DeputyInput(row.name(), row.gender(), row.ethnicity(), row.level(), row.term(), row.occupation(),
                row.workUnit(), existing.photoId, existing.biography, row.publicContact(), row.rosterKey(),
                row.primaryStationId(), row.otherStationIds(), existing.active);
    }

    private static boolean sameAs(Deputy d, List<Long> stationIds, DeputyInput row) {
        Set<Long> rowStations = new HashSet<>(row.otherStationIds());
        rowStations.add(row.primaryStationId());
        return Objects.equals(d.name, row.name()) && Objects.equals(d.gender, row.gender())
                && Objects.equals(d.ethnicity, row.ethnicity()) && d.level == row.level()
                && Objects.equals(d.term, row.term()) && Objects.equals(d.occupation, row.occupation())
                && Objects.equals(d.workUnit, row.workUnit()) && Objects.equals(d.publicContact, row.publicContact())
                && Objects.equals(d.primaryStationId, row.primaryStationId()) && rowStations.equals(new HashSet<>(stationIds));
    }

    private DeputyInput parse(Map<String, Integer> columns, CsvReader.Record row) {
        String levelText = value(columns, row, "level");
        DeputyLevel level = levelText == null ? null : LEVELS.get(levelText);
        if (level == null && levelText != null) {
            try {
                level = DeputyLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RowProblem("level", "field.level");
            }
        }
        DeputyInput input = new DeputyInput(value(columns, row, "name"), value(columns, row, "gender"),
                value(columns, row, "ethnicity"), level, value(columns, row, "term"), value(columns, row, "occupation"),
                value(columns, row, "workUnit"), null, null, value(columns, row, "publicContact"),
                value(columns, row, "rosterKey"), id(value(columns, row, "stationId"), "stationId"),
                ids(value(columns, row, "otherStationIds")), true);
        if (input.rosterKey() == null) {
            throw new RowProblem("rosterKey", "constraint.NotBlank");
        }
        for (ConstraintViolation<DeputyInput> violation : validator.validate(input)) {
            String field = violation.getPropertyPath().toString();
            String template = violation.getMessageTemplate();
            throw new RowProblem(column(field), template.startsWith("{")
                    ? "constraint." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                    : template);
        }
        return input;
    }

    /** The roster's column for a field of the deputy input: the primary station is the column stationId. */
    private static String column(String field) {
        return "primaryStationId".equals(field) ? "stationId" : field;
    }

    private static String value(Map<String, Integer> columns, CsvReader.Record row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.fields().size()) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static Long id(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new RowProblem(field, "field.station-unknown");
        }
    }

    private static List<Long> ids(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;；、]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> id(s, "otherStationIds")).toList();
    }

    private static Map<String, String> headings(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i]);
            map.put(pairs[i + 1], pairs[i]);
        }
        return map;
    }

    /** What an import did; each refused row with its line number (the heading is line 1). */
    public static final class Report {
        public int created;
        public int updated;
        public int unchanged;
        public final List<RowError> problems = new ArrayList<>();
    }

    /** A refused row: its line, the column at fault, and the key of the message that says why. */
    public record RowError(int line, String field, String messageKey) {
    }

    private static final class RowProblem extends RuntimeException {
        final String field;
        final String messageKey;

        RowProblem(String field, String messageKey) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }
    }
}
