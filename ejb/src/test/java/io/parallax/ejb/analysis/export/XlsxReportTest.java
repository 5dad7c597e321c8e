package io.parallax.ejb.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.ejb.analysis.export.ReportTable.Column;
import io.parallax.ejb.analysis.export.ReportTable.Kind;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook's form, read back by Apache POI: formats, the heading row, filter and widths. */
class XlsxReportTest {

  private static final ReportTable TABLE =
      new ReportTable(
          "Hours",
          "Hours: 2026/1 [draft]",
          "hours",
          List.of(
              new Column("Client", Kind.TEXT),
              new Column("Day", Kind.DATE),
              new Column("Hours", Kind.HOURS),
              new Column("Share", Kind.PERCENT)),
          List.of(
              List.of("A-1", LocalDate.of(2026, 3, 2), 1.75, 0.5),
              Arrays.asList("B-2", null, 2L, null)));

  @Test
  void daysAreDateCellsNumbersKeepTheirFormatsAndEmptyCellsTheirColumnsFormat() throws Exception {
    try (XSSFWorkbook book = read(XlsxReport.write("Hours of Ada", List.of(TABLE)))) {
      XSSFSheet sheet = book.getSheetAt(0);

      XSSFCell day = sheet.getRow(1).getCell(1);
      assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
      assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.75);
      assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
      XSSFCell noDay = sheet.getRow(2).getCell(1);
      assertThat(noDay.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(noDay.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(sheet.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
    }
  }

  @Test
  void theHeadingRowIsBoldWhiteOnBlueFrozenAndFilterableAndTheTitleIsTheDocumentsTitle()
      throws Exception {
    try (XSSFWorkbook book = read(XlsxReport.write("Hours of Ada", List.of(TABLE)))) {
      XSSFSheet sheet = book.getSheetAt(0);

      assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo("Hours of Ada");
      assertThat(sheet.getSheetName()).isEqualTo("Hours- 2026-1 -draft-");
      var heading = sheet.getRow(0).getCell(3).getCellStyle();
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Share");
      assertThat(heading.getFont().getBold()).isTrue();
      assertThat(heading.getFont().getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
      assertThat(heading.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(heading.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FF1E3A5F");
      assertThat(heading.getWrapText()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
      assertThat(sheet.getColumnWidth(0)).isEqualTo(10 * 256);
      assertThat(sheet.getColumnWidth(1)).isEqualTo(13 * 256);
    }
  }

  private static XSSFWorkbook read(byte[] xlsx) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
