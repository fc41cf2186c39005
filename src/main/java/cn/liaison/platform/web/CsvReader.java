package cn.liaison.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180): UTF-8 with or without a byte-order mark, CRLF or LF,
 * fields quoted with double quotes when they hold commas, quotes or line breaks. A file holding
 * text that cannot be stored ({@link StorableText}) is refused whole.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** The records of {@code text}, each with the line number it starts on; blank lines are skipped. */
    public static List<Record> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!StorableText.isStorable(csv)) {
            throw new IllegalArgumentException("the file holds a NUL character or a broken character, which cannot be stored");
        }
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, fields, recordLine);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed (from line " + recordLine + ")");
        }
        fields.add(field.toString());
        addUnlessBlank(records, fields, recordLine);
        return records;
    }

    private static void addUnlessBlank(List<Record> records, List<String> fields, int line) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }

    public record Record(int line, List<String> fields) {
    }
}
