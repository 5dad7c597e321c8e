package io.parallax.ejb.school.roster;

import io.parallax.ejb.analysis.export.XlsxReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = XlsxReport.workbook(out);
      Worksheet sheet = workbook.newWorksheet("Parallax");
      List<String> names = headers(language);
      for (int i = 0; i < names.size(); i++) {
        sheet.value(0, i, names.get(i));
        sheet.style(0, i).bold().set();
        sheet.width(i, 24);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
