package cn.liaison.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.liaison.platform.web.CsvReader;

/**
 * The national administrative division codes (统计用区划代码) as the statistics bureau publishes
 * them: twelve digits, province 2, city 2, county 2, township 3, village 3, the unused tail zero.
 * A row's level and its ancestors' codes follow from the code alone.
 */
public final class DivisionCodes {

    /** Most rows one file may hold: a province's villages with room to spare. */
    public static final int MAX_ROWS = 200_000;

    private static final Pattern CODE = Pattern.compile("\\d{12}");
    private static final Pattern URBAN_RURAL = Pattern.compile("\\d{3}");
    private static final int[] LEVEL_END = { 2, 4, 6, 9, 12 };
    private static final Map<String, String> HEADINGS = Map.of("统计用区划代码", "code", "区划代码", "code", "代码", "code",
            "code", "code", "名称", "name", "name", "name", "城乡分类代码", "urbanRural", "urbanRuralCode", "urbanRural");

    private DivisionCodes() {
    }

    public record Row(int line, String code, String name, String urbanRural) {

        public int level() {
            return DivisionCodes.level(code);
        }
    }

    public record Problem(int line, String field, String messageKey) {
    }

    public record Parsed(List<Row> rows, List<Problem> problems) {
    }

    /**
     * The rows of a file, with or without a heading row (code, name, and for villages the
     * urban-rural class code, in that order when there is none); each refused row with its line.
     */
    public static Parsed parse(List<CsvReader.Record> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        int code = 0;
        int name = 1;
        int urbanRural = 2;
        List<CsvReader.Record> data = records;
        if (!CODE.matcher(field(records.get(0), 0)).matches()) {
            List<String> heading = records.get(0).fields();
            code = name = urbanRural = -1;
            for (int i = 0; i < heading.size(); i++) {
                switch (HEADINGS.getOrDefault(heading.get(i).strip(), "")) {
                    case "code" -> code = i;
                    case "name" -> name = i;
                    case "urbanRural" -> urbanRural = i;
                    default -> { }
                }
            }
            if (code < 0 || name < 0) {
                throw new IllegalArgumentException("missing column 统计用区划代码 or 名称");
            }
            data = records.subList(1, records.size());
        }
        if (data.size() > MAX_ROWS) {
            throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Record record : data) {
            String c = field(record, code);
            String n = field(record, name);
            String u = urbanRural < 0 ? "" : field(record, urbanRural);
            if (!CODE.matcher(c).matches() || level(c) == 0) {
                problems.add(new Problem(record.line(), "code", "region.code-format"));
            } else if (n.isEmpty() || n.length() > 64) {
                problems.add(new Problem(record.line(), "name", "region.name-length"));
            } else if (!u.isEmpty() && !URBAN_RURAL.matcher(u).matches()) {
                problems.add(new Problem(record.line(), "urbanRuralCode", "region.urban-rural-format"));
            } else if (!seen.add(c)) {
                problems.add(new Problem(record.line(), "code", "region.code-repeated"));
            } else {
                rows.add(new Row(record.line(), c, n, u.isEmpty() ? null : u));
            }
        }
        return new Parsed(rows, problems);
    }

    /** 1 province … 5 village; 0 when the code is all zeros or has digits after a zero level. */
    public static int level(String code) {
        int level = 0;
        for (int i = 0; i < LEVEL_END.length; i++) {
            int start = i == 0 ? 0 : LEVEL_END[i - 1];
            boolean zero = code.substring(start, LEVEL_END[i]).chars().allMatch(c -> c == '0');
            if (!zero) {
                if (level < i) {
                    return 0; // a level skipped with digits below it, as 110000100000
                }
                level = i + 1;
            }
        }
        return level;
    }

    /** The codes of the levels above, nearest first: 330106001000 gives 330106000000, 330100000000, 330000000000. */
    public static List<String> ancestors(String code) {
        List<String> codes = new ArrayList<>();
        for (int i = level(code) - 2; i >= 0; i--) {
            codes.add(code.substring(0, LEVEL_END[i]) + "0".repeat(12 - LEVEL_END[i]));
        }
        return codes;
    }

    /** What a row is, from its level, and for the lower two from its name (街道, 社区, 居委会). */
    public static RegionKind kind(Row row) {
        return switch (row.level()) {
            case 1 -> RegionKind.PROVINCE;
            case 2 -> RegionKind.CITY;
            case 3 -> RegionKind.COUNTY;
            case 4 -> row.name().endsWith("街道") || row.name().endsWith("街道办事处") ? RegionKind.STREET : RegionKind.TOWNSHIP;
            default -> row.name().endsWith("社区") || row.name().endsWith("居委会") || row.name().endsWith("居民委员会")
                    ? RegionKind.COMMUNITY : RegionKind.VILLAGE;
        };
    }

    private static String field(CsvReader.Record record, int index) {
        return index < record.fields().size() ? record.fields().get(index).strip() : "";
    }
}
