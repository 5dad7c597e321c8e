package io.parallax.ejb.analysis.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** A cohort report as PDF (OpenPDF): the charts first, then every table. */
public final class PdfReport {

  private PdfReport() {}

  public static byte[] write(CohortReportData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Cohort report: " + data.cohortName());
      document.open();
      document.add(
          new Paragraph(
              "Cohort report: " + data.cohortName(),
              FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
      document.add(
          new Paragraph("As of " + data.asOf(), FontFactory.getFont(FontFactory.HELVETICA, 10)));
      chart(document, ReportCharts.scoreTrend(data));
      chart(document, ReportCharts.drift(data));
      chart(document, ReportCharts.stages(data));
      for (ReportTable table : ReportTable.of(data)) {
        document.newPage();
        table(document, table);
      }
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Could not write the PDF report", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void chart(Document document, byte[] png) throws DocumentException, IOException {
    Image image = Image.getInstance(png);
    image.scaleToFit(document.getPageSize().getWidth() - 56, 250);
    image.setAlignment(Element.ALIGN_CENTER);
    document.add(image);
  }

  private static void table(Document document, ReportTable table) throws DocumentException {
    document.add(new Paragraph(table.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
    List<List<String>> rows = table.rows();
    PdfPTable pdf = new PdfPTable(rows.get(0).size());
    pdf.setWidthPercentage(100);
    pdf.setSpacingBefore(8);
    pdf.setHeaderRows(1);
    Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 7);
    for (int r = 0; r < rows.size(); r++) {
      for (String value : rows.get(r)) {
        pdf.addCell(new PdfPCell(new Phrase(value, r == 0 ? heading : body)));
      }
    }
    document.add(pdf);
  }
}
