package io.parallax.ejb.analysis.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A cohort report as an Excel workbook (Apache POI): one sheet per table, numbers as numbers. */
public final class XlsxReport {

  private XlsxReport() {}

  public static byte[] write(CohortReportData data) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      String[] names = {"Trend", "Signals", "Modelling", "Stages"};
      List<ReportTable> tables = ReportTable.of(data);
      for (int t = 0; t < tables.size(); t++) {
        sheet(book.createSheet(names[t]), tables.get(t), bold);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, ReportTable table, CellStyle bold) {
    sheet.createRow(0).createCell(0).setCellValue(table.title());
    sheet.getRow(0).getCell(0).setCellStyle(bold);
    List<List<String>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 2);
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = row.createCell(c);
        String value = cells.get(c);
        if (r > 0 && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
          cell.setCellValue(Double.parseDouble(value));
        } else {
          cell.setCellValue(value);
        }
        if (r == 0) {
          cell.setCellStyle(bold);
        }
      }
    }
    for (int c = 0; c < rows.get(0).size(); c++) {
      sheet.setColumnWidth(c, 18 * 256);
    }
  }
}
