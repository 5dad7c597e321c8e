package io.parallax.web.practice;

import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.CoachingLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The coaching log as an Excel workbook: one sheet, the same columns as {@link CoachingLogCsv},
 * dates as dates and hours as numbers (two decimals), the totals line in bold.
 */
public final class CoachingLogXlsx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private CoachingLogXlsx() {}

  public static byte[] of(CoachingLog log) {
    return of(log, Locale.ENGLISH);
  }

  /** The log in {@code language}: one sheet, its heading row frozen. */
  public static byte[] of(CoachingLog log, Locale language) {
    DocumentWords words = DocumentWords.of(language);
    List<String> headings = CoachingLogCsv.header(language);
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      Sheet sheet = book.createSheet(words.text("log.sheet"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < headings.size(); i++) {
        header.createCell(i).setCellValue(headings.get(i));
        header.getCell(i).setCellStyle(styles.bold);
      }
      sheet.createFreezePane(0, 1);
      int row = 1;
      for (CoachingLog.Line client : log.clients()) {
        write(
            sheet.createRow(row++),
            styles,
            client.clientCode(),
            client.firstSession(),
            client.lastSession(),
            client.sessions(),
            client.hours(),
            false);
      }
      write(
          sheet.createRow(row),
          styles,
          words.text("log.total"),
          log.firstSession(),
          log.lastSession(),
          log.sessions(),
          log.total(),
          true);
      for (int i = 0; i < CoachingLogCsv.HEADER.size(); i++) {
        sheet.setColumnWidth(i, 16 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      Row row,
      Styles styles,
      String code,
      LocalDate first,
      LocalDate last,
      long sessions,
      CoachingHours hours,
      boolean total) {
    row.createCell(0).setCellValue(code);
    date(row, 1, first, styles);
    date(row, 2, last, styles);
    row.createCell(3).setCellValue(sessions);
    number(row, 4, hours.paidHours().doubleValue(), styles);
    number(row, 5, hours.proBonoHours().doubleValue(), styles);
    number(row, 6, hours.totalHours().doubleValue(), styles);
    if (total) {
      row.getCell(0).setCellStyle(styles.bold);
    }
  }

  private static void date(Row row, int column, LocalDate date, Styles styles) {
    if (date != null) {
      row.createCell(column).setCellValue(date);
      row.getCell(column).setCellStyle(styles.date);
    }
  }

  private static void number(Row row, int column, double value, Styles styles) {
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(styles.hours);
  }

  private static final class Styles {
    final CellStyle bold;
    final CellStyle date;
    final CellStyle hours;

    Styles(XSSFWorkbook book) {
      Font font = book.createFont();
      font.setBold(true);
      bold = book.createCellStyle();
      bold.setFont(font);
      date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      hours = book.createCellStyle();
      hours.setDataFormat(book.createDataFormat().getFormat("0.00"));
    }
  }
}
