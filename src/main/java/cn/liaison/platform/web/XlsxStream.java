package cn.liaison.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook written as it goes: each batch of rows comes back as the bytes to send, and
 * nothing of the rows is kept, so a million rows pass in bounded memory. Text is written inline
 * (no shared-string table to grow) and never as a formula. Past Excel's limit of 1,048,576 rows a
 * sheet, the rows go on in a next sheet under the same heading.
 */
public final class XlsxStream {

    private static final int ROWS_PER_SHEET = 1_048_576;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Workbook workbook;
    private final String name;
    private final List<String> heading;
    private Worksheet sheet;
    private int sheets;
    private int row;

    public XlsxStream(String name, List<String> heading) {
        this.workbook = new Workbook(out, "liaison-station", "1.0");
        this.name = name;
        this.heading = heading;
        newSheet();
    }

    /** Adds the rows (null or empty cells stay empty) and answers the bytes they became. */
    public byte[] add(List<List<String>> rows) {
        try {
            for (List<String> cells : rows) {
                if (row == ROWS_PER_SHEET) {
                    sheet.finish();
                    newSheet();
                }
                write(cells);
            }
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drain();
    }

    /** The workbook's last bytes. */
    public byte[] finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drain();
    }

    private void newSheet() {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? name : name + sheets);
        row = 0;
        write(heading);
    }

    private void write(List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String value = cells.get(column);
            if (value != null && !value.isEmpty()) {
                sheet.inlineString(row, column, value);
            }
        }
        row++;
    }

    private byte[] drain() {
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }
}
