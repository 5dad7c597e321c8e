package io.parallax.ejb.analysis.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A cohort report as CSV (RFC 4180, UTF-8): one section per table, each with a title line and its
 * heading row, separated by an empty line.
 */
public final class CsvReport {

  private CsvReport() {}

  public static byte[] write(CohortReportData data) {
    StringBuilder csv = new StringBuilder();
    csv.append(cell("Cohort report: " + data.cohortName())).append("\r\n");
    for (ReportTable table : ReportTable.of(data)) {
      csv.append("\r\n").append(cell(table.title())).append("\r\n");
      for (List<String> row : table.rows()) {
        csv.append(String.join(",", row.stream().map(CsvReport::cell).toList())).append("\r\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A cell, quoted when it holds a comma, quote or line break; a leading formula sign neutered. */
  static String cell(String value) {
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
