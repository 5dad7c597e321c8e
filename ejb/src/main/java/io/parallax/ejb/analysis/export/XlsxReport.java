package io.parallax.ejb.analysis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A cohort report as an Excel workbook (fastexcel): one sheet per table, named in the requester's
 * language; a frozen, filterable heading row in Parallax's blue; counts, decimals, hours and
 * percentages as numbers with their formats (a share 0.468 is the number 0.468 shown as 46.8%),
 * days as date cells (ISO format). Other documents pass their own tables ({@link #write(String,
 * List)}).
 */
public final class XlsxReport {

  /** What Excel shows as the application that wrote the file (document properties). */
  private static final String APPLICATION = "Parallax";

  private static final String HEADER_BLUE = "FF1E3A5F";
  private static final String WHITE = "FFFFFFFF";

  /** The number format of each kind of column; text keeps Excel's "General". */
  static final Map<ReportTable.Kind, String> FORMATS =
      Map.of(
          ReportTable.Kind.COUNT, "0",
          ReportTable.Kind.DECIMAL, "0.0",
          ReportTable.Kind.PERCENT, "0.0%",
          ReportTable.Kind.HOURS, "0.00",
          ReportTable.Kind.DATE, "yyyy-mm-dd");

  private XlsxReport() {}

  public static byte[] write(CohortReportData data) {
    return write(data.words().text("cohort.title", data.cohortName()), ReportTable.of(data));
  }

  /** A workbook titled {@code title} with one sheet per table, in order. */
  public static byte[] write(String title, List<ReportTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook book = workbook(out);
      book.properties().setTitle(title);
      for (ReportTable table : tables) {
        // fastexcel makes the name safe for Excel (at most 31 characters, no []*?/\:)
        sheet(book.newWorksheet(table.sheetName()), table);
      }
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A workbook written to {@code out}, naming Parallax as the application that wrote it. */
  public static Workbook workbook(OutputStream out) {
    return new Workbook(out, APPLICATION, "1.0");
  }

  private static void sheet(Worksheet sheet, ReportTable table) {
    List<ReportTable.Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).heading());
    }
    sheet
        .range(0, 0, 0, columns.size() - 1)
        .style()
        .bold()
        .fontColor(WHITE)
        .fillColor(HEADER_BLUE)
        .wrapText(true)
        .set();
    List<List<Object>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cell(sheet, r + 1, c, columns.get(c).kind(), rows.get(r).get(c));
      }
    }
    sheet.freezePane(0, 1);
    sheet.setAutoFilter(0, 0, Math.max(0, rows.size()), columns.size() - 1);
    for (int c = 0; c < columns.size(); c++) {
      int widest = columns.get(c).heading().length();
      for (List<Object> row : rows) {
        Object value = row.get(c);
        widest = Math.max(widest, value == null ? 0 : Math.min(40, value.toString().length()));
      }
      sheet.width(c, Math.min(60, Math.max(10, widest + 3)));
    }
  }

  /** One cell; an empty one still carries its column's format, as Excel does for typed columns. */
  private static void cell(
      Worksheet sheet, int row, int column, ReportTable.Kind kind, Object value) {
    if (value instanceof Number number) {
      sheet.value(row, column, number.doubleValue());
    } else if (value instanceof LocalDate day) {
      sheet.value(row, column, day);
    } else if (value != null) {
      sheet.value(row, column, value.toString());
    }
    String format = FORMATS.get(kind);
    if (format != null) {
      sheet.style(row, column).format(format).set();
    } else if (value == null) {
      sheet.style(row, column).set();
    }
  }
}
