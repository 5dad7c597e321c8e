package io.parallax.web.practice;

import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.analysis.export.XlsxReport;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.CoachingLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook book = XlsxReport.workbook(out);
      Worksheet sheet = book.newWorksheet(words.text("log.sheet"));
      for (int i = 0; i < headings.size(); i++) {
        sheet.value(0, i, headings.get(i));
      }
      sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
      sheet.freezePane(0, 1);
      int row = 1;
      for (CoachingLog.Line client : log.clients()) {
        write(
            sheet,
            row++,
            client.clientCode(),
            client.firstSession(),
            client.lastSession(),
            client.sessions(),
            client.hours());
      }
      write(
          sheet,
          row,
          words.text("log.total"),
          log.firstSession(),
          log.lastSession(),
          log.sessions(),
          log.total());
      sheet.style(row, 0).bold().set();
      for (int i = 0; i < CoachingLogCsv.HEADER.size(); i++) {
        sheet.width(i, 16);
      }
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(
      Worksheet sheet,
      int row,
      String code,
      LocalDate first,
      LocalDate last,
      long sessions,
      CoachingHours hours) {
    sheet.value(row, 0, code);
    date(sheet, row, 1, first);
    date(sheet, row, 2, last);
    sheet.value(row, 3, sessions);
    number(sheet, row, 4, hours.paidHours().doubleValue());
    number(sheet, row, 5, hours.proBonoHours().doubleValue());
    number(sheet, row, 6, hours.totalHours().doubleValue());
  }

  private static void date(Worksheet sheet, int row, int column, LocalDate date) {
    if (date != null) {
      sheet.value(row, column, date);
      sheet.style(row, column).format("yyyy-mm-dd").set();
    }
  }

  private static void number(Worksheet sheet, int row, int column, double value) {
    sheet.value(row, column, value);
    sheet.style(row, column).format("0.00").set();
  }
}
