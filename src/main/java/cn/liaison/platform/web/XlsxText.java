package cn.liaison.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/**
 * The first sheet of an XLSX workbook as CSV text, so that every import that reads CSV reads what
 * Excel saves as .xlsx too, with the same line numbers (a sheet's row N is line N). The sheet is
 * read as a stream of rows; a code typed as a number keeps all its digits (330106001000, not
 * 3.30106E+11) and a cell formatted as a date is written as one (2026-10-01).
 */
final class XlsxText {

    /** Past this much text a file is refused: the imports' own row limits are far below it. */
    private static final int MAX_CHARS = 64 * 1024 * 1024;

    private XlsxText() {
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static String csv(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            int line = 1;
            for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                Row row = it.next();
                for (; line < row.getRowNum(); line++) {
                    text.append('\n');
                }
                for (int i = 0; i < row.getCellCount(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    text.append(quoted(row.getOptionalCell(i).map(XlsxText::value).orElse("")));
                }
                text.append('\n');
                line++;
                if (text.length() > MAX_CHARS) {
                    throw new ApiException(ErrorCode.CSV_UNREADABLE, "the sheet is too large");
                }
            }
        } catch (ApiException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            throw new ApiException(ErrorCode.CSV_UNREADABLE, "not a readable XLSX workbook");
        }
        return text.toString();
    }

    private static String value(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell.getDataFormatString()) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** A number format that shows a date: it names days, months or years and is not a plain number or time. */
    private static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("月") || f.contains("日");
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
