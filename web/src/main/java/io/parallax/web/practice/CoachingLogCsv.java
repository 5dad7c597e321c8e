package io.parallax.web.practice;

import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.CoachingLog;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The coaching log as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold
 * a comma, a quote or a line break): one line per client, then a totals line. Hours carry two
 * decimals with a dot, whatever the locale, so a spreadsheet reads them as numbers. A field that
 * starts like a formula is prefixed with an apostrophe, so that opening the file runs nothing.
 */
public final class CoachingLogCsv {

  public static final String MEDIA_TYPE = "text/csv";

  /** The column keys of the documents bundle ({@code DocumentWords}), in column order. */
  static final List<String> COLUMNS =
      List.of(
          "log.clientCode",
          "log.firstSession",
          "log.lastSession",
          "log.sessions",
          "log.paidHours",
          "log.proBonoHours",
          "log.totalHours");

  static final List<String> HEADER = header(Locale.ENGLISH);

  private CoachingLogCsv() {}

  /** The column headings in {@code language} (English unless one Parallax speaks). */
  static List<String> header(Locale language) {
    DocumentWords words = DocumentWords.of(language);
    return COLUMNS.stream().map(words::text).toList();
  }

  public static String of(CoachingLog log) {
    return of(log, Locale.ENGLISH);
  }

  /** The log with its headings and totals line in {@code language}. */
  public static String of(CoachingLog log, Locale language) {
    StringBuilder csv = new StringBuilder(line(header(language)));
    for (CoachingLog.Line client : log.clients()) {
      csv.append(
          line(
              client.clientCode(),
              date(client.firstSession()),
              date(client.lastSession()),
              Long.toString(client.sessions()),
              client.hours()));
    }
    csv.append(
        line(
            DocumentWords.of(language).text("log.total"),
            date(log.firstSession()),
            date(log.lastSession()),
            Long.toString(log.sessions()),
            log.total()));
    return csv.toString();
  }

  private static String line(
      String code, String first, String last, String sessions, CoachingHours hours) {
    return line(
        List.of(
            code,
            first,
            last,
            sessions,
            hours.paidHours().toPlainString(),
            hours.proBonoHours().toPlainString(),
            hours.totalHours().toPlainString()));
  }

  private static String line(List<String> fields) {
    return fields.stream().map(CoachingLogCsv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        Stream.of("=", "+", "-", "@").anyMatch(value::startsWith) && !isNumber(value)
            ? "'" + value
            : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static boolean isNumber(String value) {
    return value.matches("-?\\d+(\\.\\d+)?");
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
