package cn.liaison.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180): UTF-8 with or without a byte-order mark, or GB18030
 * (Excel on Chinese Windows saves "CSV" as GBK, which GB18030 contains), CRLF or LF, fields quoted
 * with double quotes when they hold commas, quotes or line breaks. A file holding text that cannot
 * be stored ({@link StorableText}) is refused whole.
 */
public final class CsvReader {

    /** The media type of an Excel workbook, taken wherever a CSV file is. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    /**
     * The text of a file's bytes: an XLSX workbook's first sheet as CSV ({@link XlsxText}); else
     * UTF-8 when they have its byte-order mark or are valid UTF-8 (which GBK text with Chinese in it
     * practically never is), GB18030 otherwise.
     */
    public static String decode(byte[] bytes) {
        if (XlsxText.isXlsx(bytes)) {
            return XlsxText.csv(bytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
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
