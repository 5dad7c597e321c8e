package io.parallax.ejb.analysis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A cohort report as CSV: one file per table (RFC 4180, UTF-8 with a byte-order mark so that
 * spreadsheets read accents right, a header row each), packed in one ZIP. Numbers are written with
 * a point and no grouping, whatever the language; shares as percentages, their heading saying "%".
 */
public final class CsvReport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvReport() {}

  /** The ZIP of the report's CSV files; the same data always gives the same bytes. */
  public static byte[] write(CohortReportData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (ReportTable table : ReportTable.of(data)) {
        ZipEntry entry = new ZipEntry(table.fileName() + ".csv");
        // dated by the report's day, not the moment of writing: the same report, the same bytes,
        // whichever node produces it
        entry.setTimeLocal(data.asOf().atStartOfDay());
        zip.putNextEntry(entry);
        zip.write(file(table));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One table as one CSV file (UTF-8 with a byte-order mark, a header row, CRLF line ends). */
  public static byte[] file(ReportTable table) {
    StringBuilder csv = new StringBuilder();
    List<String> heading = new ArrayList<>();
    for (ReportTable.Column column : table.columns()) {
      heading.add(
          column.kind() == ReportTable.Kind.PERCENT ? column.heading() + " (%)" : column.heading());
    }
    line(csv, heading);
    for (List<Object> row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        cells.add(value(table.columns().get(c).kind(), row.get(c)));
      }
      line(csv, cells);
    }
    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(String.join(",", cells.stream().map(CsvReport::cell).toList())).append("\r\n");
  }

  private static String value(ReportTable.Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> value.toString();
      case COUNT -> Long.toString(((Number) value).longValue());
      case DECIMAL -> String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
      case PERCENT -> String.format(Locale.ROOT, "%.1f", 100 * ((Number) value).doubleValue());
      case HOURS -> String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue());
      case DATE -> value.toString();
    };
  }

  /** A cell, quoted when it holds a comma, quote or line break; a leading formula sign neutered. */
  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
