package io.parallax.web.school;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.web.Deployments;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import file of the tests, for a school {@code id} whose cohort "Spring 2026" holds its
 * trainee Ada, supervised by Sol: three new people and Ada again (good rows), four rows with bad
 * cells or repeating an address. Sends it to the import API as a school's member would.
 */
record RosterFile(String id) {

  static final String HEADER =
      "email,first name,last name,roles,cohort,supervisor,initial training ended on\n";

  String csv() {
    return HEADER
        + row("kim", "Kim", "Keen", "supervisor", "", "", "")
        + row("bo", "Bo", "Brave", "trainee", "Spring 2026", "kim", "2025-06-30")
        + row("cy", "Cy", "Cole", "trainee", "spring 2026", "sol", "")
        + row("ada", "Ada", "Test", "trainee", "Spring 2026", "sol", "")
        + "not-an-address,Di,Dee,trainee,,,\n"
        + row("ed", "Ed", "Eve", "trainee", "Winter 1999", "", "")
        + row("fa", "Fa", "Fox", "trainee", "", "ada", LocalDate.now().plusYears(1).toString())
        + row("BO", "Bo", "Brave", "trainee", "", "", "");
  }

  /**
   * The same rows as an Excel workbook (written by Apache POI), the end of training a date cell.
   */
  byte[] xlsx() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("People");
      CellStyle day = book.createCellStyle();
      day.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
      List<String> lines = csv().lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        Row row = sheet.createRow(r);
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          if (r > 0 && c == 6) {
            row.createCell(c).setCellValue(LocalDate.parse(cells[c]));
            row.getCell(c).setCellStyle(day);
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  String email(String name) {
    return name + "@" + id + ".test";
  }

  private String row(
      String name, String first, String last, String roles, String cohort, String sup, String on) {
    return String.join(
            ",", email(name), first, last, roles, cohort, sup.isEmpty() ? "" : email(sup), on)
        + "\n";
  }

  /** POSTs {@code body} as {@code contentType} to {@code path} as {@code user}. */
  static Sent post(String user, String path, byte[] body, String contentType) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(Deployments.baseUrl().toURI().resolve(path))
            .header("Authorization", "Bearer " + Realm.token(user, TestSchool.PASSWORD))
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return new Sent(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
  }

  static Sent post(String user, String path, String csv) throws Exception {
    return post(user, path, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
  }

  /** An answer of the import API. */
  record Sent(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(response.body());
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
