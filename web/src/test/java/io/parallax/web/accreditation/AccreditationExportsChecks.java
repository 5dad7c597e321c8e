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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;

/**
 * The cell-by-cell checks of {@link AccreditationIT}'s downloads: Ada's approved sessions (A-1
 * individual 60' and 45' paid, P-2 30' pro bono, G-1 a group of 5, 90' paid) in the log, her
 * waiting 60' session apart; her portfolio; the cohort's readiness.
 */
final class AccreditationExportsChecks {

  private AccreditationExportsChecks() {}

  static void icfWorkbook(Response response, LocalDate today) throws Exception {
    assertDownload(
        response,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "icf-coaching-log-" + today + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(response)))) {
      Sheet log = book.getSheet("ICF coaching log");
      assertThat(log.getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("Client Name (fill in outside Parallax)");
      row(log.getRow(1), "A-1", "Individual", null, today.minusDays(40), today.minusDays(30));
      hours(log.getRow(1), 1.75, 0, 1.75, 2);
      row(log.getRow(2), "G-1", "Group", 5.0, today.minusDays(20), today.minusDays(20));
      hours(log.getRow(2), 1.5, 0, 1.5, 1);
      row(log.getRow(3), "P-2", "Individual", null, today.minusDays(35), today.minusDays(35));
      hours(log.getRow(3), 0, 0.5, 0.5, 1);
      row(log.getRow(4), "Total", null, null, today.minusDays(40), today.minusDays(20));
      hours(log.getRow(4), 3.25, 0.5, 3.75, 4);
      assertThat(log.getLastRowNum()).isEqualTo(4);
      Sheet waiting = book.getSheet("Not yet approved");
      assertThat(waiting.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Waiting for approval");
      assertThat(waiting.getRow(1).getCell(1).getStringCellValue()).isEqualTo("A-1");
      assertThat(waiting.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(today.minusDays(3));
      number(waiting.getRow(1).getCell(8), 1.0);
      assertThat(book.getSheet("About this log").getRow(2).getCell(0).getStringCellValue())
          .contains("Client identities never enter Parallax");
    }
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
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(xlsx)))) {
      Row ada = book.getSheetAt(0).getRow(1);
      assertThat(ada.getCell(0).getStringCellValue()).isEqualTo("Ada Trainee");
      assertThat(ada.getCell(1).getStringCellValue()).isEqualTo("Behind");
      number(ada.getCell(2), met);
      number(ada.getCell(4), 3.75);
      number(ada.getCell(5), 100);
      number(ada.getCell(6), 1.0);
      number(ada.getCell(7), 0);
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
    }
    assertDownload(csv, "text/csv", "cohort-readiness-spring-" + today + ".csv");
    List<CSVRecord> records = csv(bytes(csv));
    assertThat(records.get(1).toList().subList(0, 8))
        .containsExactly(
            "Ada Trainee", "Behind", Long.toString(met), "8", "3.75", "100.00", "1.00", "0.00");
    assertThat(records).hasSize(2);
  }

  /** The client codes of the workbook's sheet of hours not yet approved (totals left out). */
  static List<String> unapprovedCodes(Response xlsx) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(xlsx)))) {
      List<String> codes = new java.util.ArrayList<>();
      book.getSheet("Not yet approved")
          .forEach(
              row -> {
                String code = row.getCell(1).getStringCellValue();
                if (row.getRowNum() > 0 && !code.startsWith("Total")) {
                  codes.add(code);
                }
              });
      return codes;
    }
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

  private static void row(
      Row row, String code, String kind, Double group, LocalDate start, LocalDate end) {
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code);
    assertThat(blank(row.getCell(1)) && blank(row.getCell(2))).isTrue();
    if (kind == null) {
      assertThat(blank(row.getCell(3))).isTrue();
    } else {
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(kind);
    }
    if (group == null) {
      assertThat(blank(row.getCell(4))).isTrue();
    } else {
      number(row.getCell(4), group);
    }
    assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(start);
    assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(end);
  }

  private static void hours(Row row, double paid, double proBono, double total, long sessions) {
    number(row.getCell(7), paid);
    number(row.getCell(8), proBono);
    number(row.getCell(9), total);
    number(row.getCell(10), sessions);
  }

  private static void number(Cell cell, double value) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isCloseTo(value, Offset.offset(1e-9));
  }

  private static boolean blank(Cell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK;
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
