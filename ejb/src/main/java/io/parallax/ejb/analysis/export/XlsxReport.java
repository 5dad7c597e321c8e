package io.parallax.ejb.analysis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A cohort report as an Excel workbook (Apache POI): one sheet per table, named in the requester's
 * language; a frozen, filterable heading row in Parallax's blue; counts, decimals, hours and
 * percentages as numbers with their formats (a share 0.468 is the number 0.468 shown as 46.8%),
 * days as date cells (ISO format). Other documents pass their own tables ({@link #write(String,
 * List)}).
 */
public final class XlsxReport {

  private static final byte[] HEADER_BLUE = {0x1e, 0x3a, 0x5f};

  private XlsxReport() {}

  public static byte[] write(CohortReportData data) {
    return write(data.words().text("cohort.title", data.cohortName()), ReportTable.of(data));
  }

  /** A workbook titled {@code title} with one sheet per table, in order. */
  public static byte[] write(String title, List<ReportTable> tables) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.getProperties().getCoreProperties().setTitle(title);
      Map<ReportTable.Kind, CellStyle> styles = styles(book);
      CellStyle heading = headingStyle(book);
      for (ReportTable table : tables) {
        sheet(
            book.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName())),
            table,
            heading,
            styles);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(
      Sheet sheet, ReportTable table, CellStyle heading, Map<ReportTable.Kind, CellStyle> styles) {
    List<ReportTable.Column> columns = table.columns();
    Row head = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(columns.get(c).heading());
      cell.setCellStyle(heading);
    }
    List<List<Object>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < columns.size(); c++) {
        Object value = rows.get(r).get(c);
        Cell cell = row.createCell(c);
        ReportTable.Kind kind = columns.get(c).kind();
        cell.setCellStyle(styles.get(kind));
        if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
          cell.setCellValue(day);
        } else if (value != null) {
          cell.setCellValue(value.toString());
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
    for (int c = 0; c < columns.size(); c++) {
      int widest = columns.get(c).heading().length();
      for (List<Object> row : rows) {
        Object value = row.get(c);
        widest = Math.max(widest, value == null ? 0 : Math.min(40, value.toString().length()));
      }
      sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest + 3)) * 256);
    }
  }

  private static Map<ReportTable.Kind, CellStyle> styles(XSSFWorkbook book) {
    Map<ReportTable.Kind, CellStyle> styles = new EnumMap<>(ReportTable.Kind.class);
    var formats = book.createDataFormat();
    styles.put(ReportTable.Kind.TEXT, book.createCellStyle());
    for (var entry :
        Map.of(
                ReportTable.Kind.COUNT, "0",
                ReportTable.Kind.DECIMAL, "0.0",
                ReportTable.Kind.PERCENT, "0.0%",
                ReportTable.Kind.HOURS, "0.00",
                ReportTable.Kind.DATE, "yyyy-mm-dd")
            .entrySet()) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat(formats.getFormat(entry.getValue()));
      styles.put(entry.getKey(), style);
    }
    return styles;
  }

  private static CellStyle headingStyle(XSSFWorkbook book) {
    XSSFCellStyle style = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    font.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
    style.setFont(font);
    style.setFillForegroundColor(new XSSFColor(HEADER_BLUE, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setWrapText(true);
    return style;
  }
}
