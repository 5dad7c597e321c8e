package io.parallax.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.CoachingLog;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CoachingLogExportTest {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate JAN_26 = LocalDate.of(2026, 1, 26);
  private static final LocalDate FEB_9 = LocalDate.of(2026, 2, 9);

  private final CoachingLog log =
      new CoachingLog(
          List.of(
              new CoachingLog.Line("A-1", JAN_12, FEB_9, 3, new CoachingHours(105, 30)),
              new CoachingLog.Line("B-2", JAN_26, JAN_26, 1, new CoachingHours(0, 50))));

  @Test
  void csvHasAHeaderALinePerClientAndTotalsWithCrlf() {
    assertThat(CoachingLogCsv.of(log))
        .isEqualTo(
            "Client code,First session,Last session,Sessions,Paid hours,Pro bono hours,Total"
                + " hours\r\n"
                + "A-1,2026-01-12,2026-02-09,3,1.75,0.50,2.25\r\n"
                + "B-2,2026-01-26,2026-01-26,1,0.00,0.83,0.83\r\n"
                + "Total,2026-01-12,2026-02-09,4,1.75,1.33,3.08\r\n");
  }

  @Test
  void aGermanTraineesLogIsHeadedInGermanWithMachineReadableNumbers() throws Exception {
    assertThat(CoachingLogCsv.of(log, java.util.Locale.GERMAN))
        .startsWith(
            "Klientencode,Erste Sitzung,Letzte Sitzung,Sitzungen,Bezahlte Stunden,"
                + "Pro-bono-Stunden,Stunden gesamt\r\n")
        .endsWith("Summe,2026-01-12,2026-02-09,4,1.75,1.33,3.08\r\n");
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(CoachingLogXlsx.of(log, java.util.Locale.GERMAN)))) {
      Sheet sheet = book.getSheet("Coaching-Protokoll");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Klientencode");
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Summe");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void anEmptyLogIsAHeaderAndZeroTotals() {
    assertThat(CoachingLogCsv.of(new CoachingLog(List.of())))
        .endsWith("\r\nTotal,,,0,0.00,0.00,0.00\r\n");
  }

  @Test
  void csvFieldsAreQuotedWhereNeededAndNeverStartAFormula() {
    assertThat(CoachingLogCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CoachingLogCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CoachingLogCsv.field("=1+2")).isEqualTo("'=1+2");
    assertThat(CoachingLogCsv.field("-AB")).isEqualTo("'-AB");
    assertThat(CoachingLogCsv.field("-1.5")).isEqualTo("-1.5");
    assertThat(CoachingLogCsv.field(null)).isEmpty();
  }

  @Test
  void xlsxHoldsTheSameFiguresAsNumbersAndDates() throws Exception {
    byte[] xlsx = CoachingLogXlsx.of(log);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("Coaching log");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Client code");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("A-1");
      assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JAN_12);
      assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FEB_9);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(3);
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1.75);
      assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.5);
      Row total = sheet.getRow(3);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
      assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1.75);
      assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1.33);
      assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(3.08);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
  }

  @Test
  void xlsxShowsDatesIsoHoursWithTwoDecimalsAndTheHeadingAndTotalInBold() throws Exception {
    byte[] xlsx = CoachingLogXlsx.of(log);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("General");
      assertThat(book.getFontAt(sheet.getRow(0).getCell(6).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(book.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(book.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isFalse();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(6)).isEqualTo(16 * 256);
    }
  }
}
