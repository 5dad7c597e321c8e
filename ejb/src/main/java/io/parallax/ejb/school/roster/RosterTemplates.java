package io.parallax.ejb.school.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Empty import files to fill in: the header row in the school admin's language. The CSV template is
 * what Excel writes in that language (German: semicolons), with a byte-order mark so that Excel
 * opens it as UTF-8.
 */
public final class RosterTemplates {

  private RosterTemplates() {}

  public static List<String> headers(String language) {
    return Arrays.stream(RosterColumn.values()).map(c -> c.header(language)).toList();
  }

  public static byte[] csv(String language) {
    String separator = "de".equals(language) ? ";" : ",";
    return ("\uFEFF" + String.join(separator, headers(language)) + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(String language) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Parallax");
      XSSFCellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      List<String> names = headers(language);
      for (int i = 0; i < names.size(); i++) {
        header.createCell(i).setCellValue(names.get(i));
        header.getCell(i).setCellStyle(bold);
        sheet.setColumnWidth(i, 24 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
