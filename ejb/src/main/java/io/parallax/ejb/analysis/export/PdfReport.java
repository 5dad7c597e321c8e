package io.parallax.ejb.analysis.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A cohort report as PDF (OpenPDF), laid out like the web report: page 1 holds the title and the
 * three charts (trend, drift, stages); then the heat map of mirrored weakness with its legend; then
 * every table. A4 landscape; each page carries the school, cohort, period, generated-at time and
 * its number.
 */
public final class PdfReport {

  /** The web report's heat shades ({@code px-heat-0} … {@code px-heat-4}), cool to hot. */
  static final List<Color> HEAT =
      List.of(
          new Color(0xe8f5e9),
          new Color(0xfff8e1),
          new Color(0xffe0b2),
          new Color(0xffab91),
          new Color(0xc62828));

  private static final float WIDE = 770;

  private PdfReport() {}

  public static byte[] write(CohortReportData data) {
    DocumentWords w = data.words();
    String period =
        w.text("period", w.date(data.trend().from()), w.date(data.trend().to()))
            + " ("
            + w.text("periodUnit." + data.trend().period().name())
            + ")";
    PdfLayout layout =
        new PdfLayout(w, data.schoolName(), data.cohortName() + " · " + period, data.generatedAt());
    return layout.write(
        PageSize.A4.rotate(),
        w.text("cohort.title", data.cohortName()),
        data.schoolName(),
        document -> {
          firstPage(document, layout, data, period);
          document.newPage();
          heatMap(document, layout, data);
          for (ReportTable table : ReportTable.of(data)) {
            if (table.fileName().equals(w.text("file.heat"))) {
              continue;
            }
            document.newPage();
            document.add(layout.heading(table.title()));
            document.add(layout.table(table));
          }
        });
  }

  /** Title, the report's reach, and the three charts: trend across, drift and stages below. */
  private static void firstPage(
      Document document, PdfLayout layout, CohortReportData data, String period)
      throws DocumentException, IOException {
    DocumentWords w = data.words();
    document.add(layout.title(w.text("cohort.title", data.cohortName())));
    String school = data.schoolName().isBlank() ? "" : data.schoolName() + " · ";
    document.add(layout.note(school + period));
    document.add(layout.heading(w.text("chart.trend")));
    document.add(layout.chart(ReportCharts.scoreTrend(data, 770, 200), WIDE, 200));
    PdfPTable below = new PdfPTable(2);
    below.setWidthPercentage(100);
    below.setSpacingBefore(4);
    below.addCell(
        layout.chartCell(w.text("chart.drift"), ReportCharts.drift(data, 380, 170), 375, 170));
    below.addCell(
        layout.chartCell(w.text("chart.stages"), ReportCharts.stages(data, 380, 170), 375, 170));
    document.add(below);
  }

  /** The trainees × elements heat map with the web report's shades and legend. */
  private static void heatMap(Document document, PdfLayout layout, CohortReportData data)
      throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("heat.title")));
    document.add(layout.note(w.text("heat.help", w.date(data.asOf()))));
    document.add(legend(layout, w));
    if (data.signals().isEmpty()) {
      document.add(layout.note(w.text("heat.none")));
      return;
    }
    ContractingElement[] elements = ContractingElement.values();
    PdfPTable table = new PdfPTable(2 + elements.length);
    table.setWidthPercentage(100);
    table.setWidths(widths(elements.length));
    table.setHeaderRows(1);
    table.setSpacingBefore(6);
    head(table, layout, w.text("col.trainee"), Element.ALIGN_LEFT);
    head(table, layout, w.text("col.signal"), Element.ALIGN_LEFT);
    for (ContractingElement e : elements) {
      head(table, layout, w.element(e), Element.ALIGN_CENTER);
    }
    for (ParallelProcessSignal s : data.signals()) {
      table.addCell(plain(layout, s.traineeName()));
      table.addCell(plain(layout, w.signal(s.level())));
      for (ContractingElement e : elements) {
        table.addCell(heatCell(layout, w, ReportTable.mirroredWeakness(s, e), s, e));
      }
    }
    document.add(table);
  }

  private static float[] widths(int elements) {
    float[] widths = new float[2 + elements];
    widths[0] = 3;
    widths[1] = 1.6f;
    for (int i = 0; i < elements; i++) {
      widths[2 + i] = 1.6f;
    }
    return widths;
  }

  private static Paragraph legend(PdfLayout layout, DocumentWords w) {
    Paragraph legend = new Paragraph();
    legend.add(new Chunk(w.text("heat.legend") + "  ", layout.font(9, false, PdfLayout.MUTED)));
    String[] bands = {"0–19 %", "20–39 %", "40–59 %", "60–79 %", "80–100 %"};
    for (int i = 0; i < HEAT.size(); i++) {
      Chunk swatch =
          new Chunk(
              "  " + bands[i] + "  ", layout.font(9, false, i == 4 ? Color.WHITE : PdfLayout.TEXT));
      swatch.setBackground(HEAT.get(i), 0, 2, 0, 2);
      legend.add(swatch);
      legend.add(new Chunk("  "));
    }
    return legend;
  }

  private static void head(PdfPTable table, PdfLayout layout, String text, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, layout.font(9, true, Color.WHITE)));
    cell.setBackgroundColor(PdfLayout.BRAND);
    cell.setBorderColor(PdfLayout.BRAND);
    cell.setPadding(4);
    cell.setHorizontalAlignment(alignment);
    table.addCell(cell);
  }

  private static PdfPCell plain(PdfLayout layout, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(text, layout.font(9, false, PdfLayout.TEXT)));
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(PdfLayout.RULE);
    cell.setPadding(4);
    return cell;
  }

  private static PdfPCell heatCell(
      PdfLayout layout,
      DocumentWords w,
      Double weakness,
      ParallelProcessSignal signal,
      ContractingElement element) {
    boolean mirrored = signal.mirroredElements().contains(element);
    String text =
        weakness == null
            ? w.text("heat.noData")
            : w.percent(weakness) + (mirrored ? " · " + w.text("heat.mirrored") : "");
    int shade = weakness == null ? -1 : Math.min(4, (int) Math.round(100 * weakness) / 20);
    PdfPCell cell =
        new PdfPCell(
            new Phrase(
                text,
                layout.font(
                    9,
                    mirrored,
                    shade == 4
                        ? Color.WHITE
                        : weakness == null ? PdfLayout.MUTED : PdfLayout.TEXT)));
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setBorderColor(Color.WHITE);
    cell.setBorderWidth(1.5f);
    cell.setPadding(4);
    cell.setBackgroundColor(shade < 0 ? Color.WHITE : HEAT.get(shade));
    return cell;
  }
}
