package io.parallax.ejb.school.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading import files: CSV dialects, header names in English and German, XLSX, and refusals. */
class RosterFilesTest {

  @Test
  void aCommaSeparatedFileWithEnglishHeadersIsReadRowByRow() {
    RosterSheet sheet =
        read(
            "email,first name,last name,role,cohort,supervisor,initial training ended on\n"
                + "ada@school.test,Ada,Lovelace,trainee,Spring 2026,sol@school.test,2025-06-30\n"
                + "\n"
                + "sol@school.test,Sol,Wise,supervisor,,,\n");

    assertThat(sheet.columns()).containsExactly(RosterColumn.values());
    assertThat(sheet.lines()).hasSize(2);
    RosterLine ada = sheet.lines().get(0);
    assertThat(ada.row()).isEqualTo(2);
    assertThat(ada.cell(RosterColumn.EMAIL)).isEqualTo("ada@school.test");
    assertThat(ada.cell(RosterColumn.COHORT)).isEqualTo("Spring 2026");
    assertThat(sheet.lines().get(1).cell(RosterColumn.COHORT)).isNull();
  }

  @Test
  void excelsGermanCsvWithByteOrderMarkSemicolonsAndGermanHeadersIsRead() {
    String text =
        "\uFEFFE-Mail;Vorname;Nachname;Rollen;Kohorte;Supervisor/in;Ende der Grundausbildung;Notiz\r\n"
            + "jörg@schule.test;Jörg;Müller;Trainee;\"Frühjahr; 2026\";sol@schule.test;30.06.2025;x\r\n";

    RosterSheet sheet = RosterFiles.read(text.getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.columns()).contains(RosterColumn.EMAIL, RosterColumn.SUPERVISOR);
    assertThat(sheet.ignored()).containsExactly("Notiz");
    RosterLine jorg = sheet.lines().get(0);
    assertThat(jorg.cell(RosterColumn.EMAIL)).isEqualTo("jörg@schule.test");
    assertThat(jorg.cell(RosterColumn.LAST_NAME)).isEqualTo("Müller");
    assertThat(jorg.cell(RosterColumn.COHORT)).isEqualTo("Frühjahr; 2026");
    assertThat(jorg.cell(RosterColumn.INITIAL_TRAINING_ENDED_ON)).isEqualTo("30.06.2025");
  }

  @Test
  void aWindows1252FileKeepsItsUmlautsAndTabsSeparateToo() {
    byte[] content =
        "EMAIL\tFirst_Name\tLast-Name\tROLE\nada@school.test\tJürgen\tWeiß\ttrainee\n"
            .getBytes(Charset.forName("windows-1252"));

    RosterLine line = RosterFiles.read(content).lines().get(0);

    assertThat(line.cell(RosterColumn.FIRST_NAME)).isEqualTo("Jürgen");
    assertThat(line.cell(RosterColumn.LAST_NAME)).isEqualTo("Weiß");
  }

  @Test
  void anXlsxWorkbookIsReadWithItsDateCellsAsDates() throws Exception {
    byte[] content = workbook();

    RosterSheet sheet = RosterFiles.read(content);

    assertThat(sheet.lines()).hasSize(1);
    RosterLine ada = sheet.lines().get(0);
    assertThat(ada.row()).isEqualTo(3);
    assertThat(ada.cell(RosterColumn.EMAIL)).isEqualTo("ada@school.test");
    assertThat(ada.cell(RosterColumn.INITIAL_TRAINING_ENDED_ON)).isEqualTo("2025-06-30");
    assertThat(ada.cell(RosterColumn.COHORT)).isEqualTo("2026.5");
    assertThat(ada.cell(RosterColumn.SUPERVISOR)).isEqualTo("sol@school.test");
  }

  @Test
  void emptyBinaryHugeAndNonsenseFilesAreRefusedSayingWhatIsWrong() {
    assertRefused(new byte[0], "roster.file.empty");
    assertRefused("  \n\n".getBytes(StandardCharsets.UTF_8), "roster.file.empty");
    assertRefused(new byte[] {0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0}, "roster.file.unreadable");
    assertRefused(new byte[RosterFiles.MAX_BYTES + 1], "roster.file.tooLarge");
    assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, "roster.file.xls");
    assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "roster.file.xlsx");
    assertRefused(bytes("just some words\nand more"), "roster.file.missingColumn");
    assertRefused(bytes("email,first name,last name,roles\n"), "roster.file.noRows");
    assertRefused(
        bytes("email,e-mail,first name,last name,roles\na@b.test,a@b.test,A,B,trainee"),
        "roster.file.duplicateColumn");
    assertRefused(
        bytes("email,first name,last name,roles\n\"a@b.test,A,B,trainee\n"), "roster.file.csv");
    StringBuilder many = new StringBuilder("email,first name,last name,roles\n");
    for (int i = 0; i <= RosterFiles.MAX_ROWS; i++) {
      many.append("p").append(i).append("@school.test,P,Q,trainee\n");
    }
    assertRefused(bytes(many.toString()), "roster.file.tooManyRows");
  }

  @Test
  void aZipThatIsNoWorkbookOrUnpacksToMoreThanAHundredTimesTheLimitIsRefusedAsNoWorkbook()
      throws Exception {
    assertRefused(
        zip("notes.txt", "just words".getBytes(StandardCharsets.UTF_8)), "roster.file.xlsx");
    byte[] bomb = zip("xl/sharedStrings.xml", new byte[100 * RosterFiles.MAX_BYTES + 1]);
    assertThat(bomb.length).isLessThan(RosterFiles.MAX_BYTES);

    assertRefused(bomb, "roster.file.xlsx");
  }

  @Test
  void numberFormatsWithADayMonthYearOrTimeAreDatesOthersAreNumbers() {
    assertThat(RosterFiles.dateFormat(14, null)).isTrue();
    assertThat(RosterFiles.dateFormat(164, "dd.mm.yyyy")).isTrue();
    assertThat(RosterFiles.dateFormat(165, "[$-407]d. mmmm yyyy;@")).isTrue();
    assertThat(RosterFiles.dateFormat(166, "hh:mm")).isTrue();
    assertThat(RosterFiles.dateFormat(0, "General")).isFalse();
    assertThat(RosterFiles.dateFormat(2, "0.00")).isFalse();
    assertThat(RosterFiles.dateFormat(167, "#,##0 \"days\"")).isFalse();
    assertThat(RosterFiles.dateFormat(168, "[Red][$€-407] #,##0.00_);\\d0")).isFalse();
    assertThat(RosterFiles.dateFormat(null, null)).isFalse();
  }

  @Test
  void aMissingColumnIsNamedInWords() {
    assertThatThrownBy(() -> RosterFiles.read(bytes("email,first name,roles\na@b.test,A,trainee")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("file");
              assertThat(v.getMessage()).contains("last name");
              assertThat(v.message(Locale.GERMAN)).contains("Nachname");
            });
  }

  @Test
  void theTemplatesInBothLanguagesAreReadBackAsFilesWithEveryColumn() {
    for (String language : new String[] {"en", "de"}) {
      String row = "\r\nada@school.test,Ada,Lovelace,trainee,,,\r\n";
      byte[] csv = RosterTemplates.csv(language);
      String filled =
          new String(csv, StandardCharsets.UTF_8).strip()
              + ("de".equals(language) ? row.replace(',', ';') : row);
      assertThat(read(filled).columns()).containsExactly(RosterColumn.values());
      assertThatThrownBy(() -> RosterFiles.read(RosterTemplates.xlsx(language)))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class, v -> assertThat(v.key()).isEqualTo("roster.file.noRows"));
    }
  }

  private static RosterSheet read(String csv) {
    return RosterFiles.read(bytes(csv));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertRefused(byte[] content, String key) {
    assertThatThrownBy(() -> RosterFiles.read(content))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.key()).isEqualTo(key);
              assertThat(v.field()).isEqualTo("file");
            });
  }

  private static byte[] zip(String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] workbook() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("People");
      Row header = sheet.createRow(1);
      String[] names = {
        "E-Mail",
        "Vorname",
        "Nachname",
        "Rolle",
        "Ende der Grundausbildung",
        "Kohorte",
        "Supervisor"
      };
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row ada = sheet.createRow(2);
      ada.createCell(0).setCellValue("ada@school.test");
      ada.createCell(1).setCellValue("Ada");
      ada.createCell(2).setCellValue("Lovelace");
      ada.createCell(3).setCellValue("Trainee");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
      ada.createCell(4).setCellValue(LocalDate.of(2025, 6, 30));
      ada.getCell(4).setCellStyle(date);
      ada.createCell(5).setCellValue(2026.50);
      ada.createCell(6).setCellFormula("\"sol\"&\"@school.test\"");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      sheet.createRow(5).createCell(0).setCellValue(" ");
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
