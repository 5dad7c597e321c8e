package io.parallax.web.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The cell-by-cell checks of {@link AccreditationIT}'s downloads: Ada's approved sessions (A-1
 * individual 60' and 45' paid, P-2 30' pro bono, G-1 a group of 5, 90' paid) in the log, her
 * waiting 60' session apart; her portfolio; the cohort's readiness. The workbooks are read with
 * fastexcel-reader, which the WAR carries (these checks run in the server); the unit tests of the
 * same documents read them with Apache POI.
 */
final class AccreditationExportsChecks {

  private AccreditationExportsChecks() {}

  static void icfWorkbook(Response response, LocalDate today) throws Exception {
    assertDownload(
        response,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "icf-coaching-log-" + today + ".xlsx");
    Map<String, List<Row>> book = sheets(bytes(response));
    List<Row> log = book.get("ICF coaching log");
    assertThat(text(log.get(0), 1)).isEqualTo("Client Name (fill in outside Parallax)");
    row(log.get(1), "A-1", "Individual", null, today.minusDays(40), today.minusDays(30));
    hours(log.get(1), 1.75, 0, 1.75, 2);
    row(log.get(2), "G-1", "Group", 5.0, today.minusDays(20), today.minusDays(20));
    hours(log.get(2), 1.5, 0, 1.5, 1);
    row(log.get(3), "P-2", "Individual", null, today.minusDays(35), today.minusDays(35));
    hours(log.get(3), 0, 0.5, 0.5, 1);
    row(log.get(4), "Total", null, null, today.minusDays(40), today.minusDays(20));
    hours(log.get(4), 3.25, 0.5, 3.75, 4);
    assertThat(log).hasSize(5);
    List<Row> waiting = book.get("Not yet approved");
    assertThat(text(waiting.get(1), 0)).isEqualTo("Waiting for approval");
    assertThat(text(waiting.get(1), 1)).isEqualTo("A-1");
    date(cell(waiting.get(1), 6), today.minusDays(3));
    number(cell(waiting.get(1), 8), 1.0);
    assertThat(text(book.get("About this log").get(2), 0))
        .contains("Client identities never enter Parallax");
  }

  static void icfCsv(Response response, LocalDate today) throws Exception {
    assertDownload(response, "text/csv", "icf-coaching-log-" + today + ".csv");
    List<CSVRecord> records = csv(bytes(response));
    assertThat(records.get(1).toList())
        .containsExactly(
            "A-1",
            "",
            "",
            "Individual",
            "",
            today.minusDays(40).toString(),
            today.minusDays(30).toString(),
            "1.75",
            "0.00",
            "1.75",
            "2");
    assertThat(records.get(2).get(4)).isEqualTo("5");
    assertThat(records.get(4).toList().subList(7, 11)).containsExactly("3.25", "0.50", "3.75", "4");
    assertThat(records.get(5).get(0))
        .isEqualTo(
            "Not in this log: 1.00 hours waiting for approval and 0.00 hours not yet submitted.");
    assertThat(records).hasSize(6);
  }

  static void portfolio(Response english, Response german, LocalDate today) throws Exception {
    assertDownload(english, "application/pdf", "portfolio-summary-" + today + ".pdf");
    assertThat(pdf(english))
        .contains("Track: ICF ACC (ours) (cohort Spring)")
        .contains("3.75 approved coaching hours (3.25 paid, 0.50 pro bono) in 4 sessions with 7")
        .contains("Beside them: 1.00 hours waiting for approval, 0.00 hours not submitted.")
        .contains("1 supervision session, 1.00 hours in all.")
        .contains("2.00 approved hours in 1 session (2.00 hours one-to-one)")
        .contains("Sol Supervisor");
    assertDownload(german, "application/pdf", "portfolio-uebersicht-" + today + ".pdf");
    assertThat(pdf(german))
        .contains("Portfolio-Übersicht zur Zertifizierung")
        .contains("3,75 freigegebene Coaching-Stunden");
  }

  /** The readiness of Ada, who met {@code met} requirements as the readiness page counts them. */
  static void cohort(Response xlsx, Response csv, LocalDate today, long met) throws Exception {
    assertDownload(
        xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "cohort-readiness-spring-" + today + ".xlsx");
    List<Row> readiness = sheets(bytes(xlsx)).values().iterator().next();
    Row ada = readiness.get(1);
    assertThat(text(ada, 0)).isEqualTo("Ada Trainee");
    assertThat(text(ada, 1)).isEqualTo("Behind");
    number(cell(ada, 2), met);
    number(cell(ada, 4), 3.75);
    number(cell(ada, 5), 100);
    number(cell(ada, 6), 1.0);
    number(cell(ada, 7), 0);
    assertThat(readiness).hasSize(2);
    assertDownload(csv, "text/csv", "cohort-readiness-spring-" + today + ".csv");
    List<CSVRecord> records = csv(bytes(csv));
    assertThat(records.get(1).toList().subList(0, 8))
        .containsExactly(
            "Ada Trainee", "Behind", Long.toString(met), "8", "3.75", "100.00", "1.00", "0.00");
    assertThat(records).hasSize(2);
  }

  /** The client codes of the workbook's sheet of hours not yet approved (totals left out). */
  static List<String> unapprovedCodes(Response xlsx) throws Exception {
    List<String> codes = new java.util.ArrayList<>();
    for (Row row : sheets(bytes(xlsx)).get("Not yet approved")) {
      String code = text(row, 1);
      if (row.getRowNum() > 1 && !code.startsWith("Total")) {
        codes.add(code);
      }
    }
    return codes;
  }

  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertDownload(Response response, String type, String name) {
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getMediaType().toString()).startsWith(type);
    assertThat(response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + name + "\"");
  }

  private static byte[] bytes(Response response) {
    return (byte[]) response.getEntity();
  }

  /** The rows of each sheet of {@code xlsx} by the sheet's name, in order, with cell formats. */
  private static Map<String, List<Row>> sheets(byte[] xlsx) throws Exception {
    try (ReadableWorkbook book =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      Map<String, List<Row>> sheets = new LinkedHashMap<>();
      for (Sheet sheet : book.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
      return sheets;
    }
  }

  private static void row(
      Row row, String code, String kind, Double group, LocalDate start, LocalDate end) {
    assertThat(text(row, 0)).isEqualTo(code);
    assertThat(blank(cell(row, 1)) && blank(cell(row, 2))).isTrue();
    if (kind == null) {
      assertThat(blank(cell(row, 3))).isTrue();
    } else {
      assertThat(text(row, 3)).isEqualTo(kind);
    }
    if (group == null) {
      assertThat(blank(cell(row, 4))).isTrue();
    } else {
      number(cell(row, 4), group);
    }
    date(cell(row, 5), start);
    date(cell(row, 6), end);
  }

  private static void hours(Row row, double paid, double proBono, double total, long sessions) {
    number(cell(row, 7), paid);
    number(cell(row, 8), proBono);
    number(cell(row, 9), total);
    number(cell(row, 10), sessions);
  }

  private static Cell cell(Row row, int column) {
    return row.getOptionalCell(column).orElse(null);
  }

  private static String text(Row row, int column) {
    return cell(row, column).asString();
  }

  private static void number(Cell cell, double value) {
    assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
    assertThat(cell.asNumber().doubleValue()).isCloseTo(value, Offset.offset(1e-9));
  }

  private static void date(Cell cell, LocalDate day) {
    assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
    assertThat(cell.getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(cell.asDate().toLocalDate()).isEqualTo(day);
  }

  private static boolean blank(Cell cell) {
    return cell == null || cell.getType() == CellType.EMPTY;
  }

  private static List<CSVRecord> csv(byte[] content) throws Exception {
    try (CSVParser parser =
        CSVParser.parse(
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
                StandardCharsets.UTF_8),
            CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }

  private static String pdf(Response response) throws Exception {
    try (PDDocument document = Loader.loadPDF(bytes(response))) {
      return new PDFTextStripper().getText(document);
    }
  }
}
