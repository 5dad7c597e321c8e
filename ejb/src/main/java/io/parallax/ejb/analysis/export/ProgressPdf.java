package io.parallax.ejb.analysis.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.PracticeMonth;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A trainee's own progress report as PDF (OpenPDF), in the look of the cohort report: their figures
 * (sessions, clients, hours, mean score), their charts by month (score, CLEAR per element, drift),
 * then the contracting grades and the stage history their supervisors shared with them. A4
 * portrait, a header band on every page with the school, the trainee and the generated-at time.
 */
public final class ProgressPdf {

  private static final float WIDTH = 523;

  private ProgressPdf() {}

  public static byte[] write(ProgressReportData data) {
    DocumentWords w = data.words();
    PdfLayout layout = new PdfLayout(w, data.schoolName(), data.traineeName(), data.generatedAt());
    return layout.write(
        PageSize.A4,
        w.text("progress.title", data.traineeName()),
        null,
        document -> {
          document.add(layout.title(w.text("progress.title", data.traineeName())));
          if (!data.schoolName().isBlank()) {
            document.add(layout.note(data.schoolName()));
          }
          practice(document, layout, data);
          document.add(layout.heading(w.text("progress.grades")));
          if (data.grades().isEmpty()) {
            document.add(layout.note(w.text("progress.grades.none")));
          } else {
            document.add(layout.table(grades(data)));
          }
          document.add(layout.heading(w.text("progress.stages")));
          if (data.stages().isEmpty()) {
            document.add(layout.note(w.text("progress.stages.none")));
          } else {
            document.add(layout.table(stages(data)));
          }
        });
  }

  private static void practice(Document document, PdfLayout layout, ProgressReportData data)
      throws DocumentException, IOException {
    DocumentWords w = data.words();
    PracticeFigures f = data.figures();
    document.add(layout.heading(w.text("progress.figures")));
    if (f.isEmpty()) {
      document.add(layout.note(w.text("progress.practice.none")));
      return;
    }
    document.add(figures(layout, w, f));
    document.add(layout.heading(w.text("progress.chart.score")));
    document.add(layout.chart(scoreChart(w, f), WIDTH, 150));
    PdfPTable below = new PdfPTable(2);
    below.setWidthPercentage(100);
    below.addCell(layout.chartCell(w.text("progress.chart.clear"), clearChart(w, f), 255, 150));
    below.addCell(layout.chartCell(w.text("progress.chart.drift"), driftChart(w, f), 255, 150));
    document.add(below);
  }

  /** The figures as a row of big numbers, like the web page's. */
  private static PdfPTable figures(PdfLayout layout, DocumentWords w, PracticeFigures f) {
    List<String[]> figures =
        List.of(
            new String[] {w.number(f.sessions(), 0), w.text("progress.sessions")},
            new String[] {w.number(f.clients(), 0), w.text("progress.clients")},
            new String[] {w.number(f.hours().totalHours(), 1), w.text("progress.totalHours")},
            new String[] {w.number(f.hours().paidHours(), 1), w.text("progress.paidHours")},
            new String[] {w.number(f.score(), 1), w.text("progress.score")},
            new String[] {w.number(f.rescuing(), 0), w.text("progress.rescuing")});
    PdfPTable table = new PdfPTable(figures.size());
    table.setWidthPercentage(100);
    for (String[] figure : figures) {
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderColor(PdfLayout.ACCENT);
      cell.setBorderWidth(2);
      cell.setPaddingLeft(6);
      cell.addElement(new Phrase(figure[0], layout.font(16, true, PdfLayout.BRAND)));
      cell.addElement(new Phrase(figure[1], layout.font(8, false, PdfLayout.MUTED)));
      cell.setHorizontalAlignment(Element.ALIGN_LEFT);
      table.addCell(cell);
    }
    return table;
  }

  private static String month(DocumentWords w, PracticeMonth m) {
    return DateTimeFormatter.ofPattern("MMM yyyy", w.locale()).format(m.month());
  }

  private static byte[] scoreChart(DocumentWords w, PracticeFigures f) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (PracticeMonth m : f.months()) {
      dataset.addValue(m.score(), w.text("progress.series.score"), month(w, m));
    }
    return ReportCharts.line(dataset, w.text("progress.chart.scoreAxis"), 100.0, 523, 150);
  }

  private static byte[] clearChart(DocumentWords w, PracticeFigures f) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (PracticeMonth m : f.months()) {
      for (ContractingElement e : ContractingElement.values()) {
        dataset.addValue(100 * m.clearShare(e), w.element(e), month(w, m));
      }
    }
    return ReportCharts.line(dataset, w.text("progress.chart.clearAxis"), 100.0, 255, 150);
  }

  private static byte[] driftChart(DocumentWords w, PracticeFigures f) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (PracticeMonth m : f.months()) {
      for (DriftMarker d : DriftMarker.values()) {
        dataset.addValue(m.drift().getOrDefault(d, 0L), w.drift(d), month(w, m));
      }
    }
    return ReportCharts.stackedBars(dataset, w.text("progress.chart.driftAxis"), 255, 150);
  }

  static ReportTable grades(ProgressReportData data) {
    DocumentWords w = data.words();
    List<ReportTable.Column> columns = new ArrayList<>();
    columns.add(new ReportTable.Column(w.text("col.date"), ReportTable.Kind.TEXT));
    for (ContractingElement e : ContractingElement.values()) {
      columns.add(new ReportTable.Column(w.element(e), ReportTable.Kind.COUNT));
    }
    columns.add(new ReportTable.Column(w.text("col.comment"), ReportTable.Kind.TEXT));
    columns.add(new ReportTable.Column(w.text("col.supervisor"), ReportTable.Kind.TEXT));
    List<List<Object>> rows = new ArrayList<>();
    for (ContractingAssessmentView g : data.grades()) {
      List<Object> row = new ArrayList<>();
      row.add(w.date(g.assessedOn()));
      for (ContractingElement e : ContractingElement.values()) {
        Integer grade = g.grades().get(e);
        row.add(grade == null ? null : grade.longValue());
      }
      row.add(g.comment());
      row.add(g.supervisorName());
      rows.add(row);
    }
    return new ReportTable(w.text("progress.grades"), "", "", columns, rows);
  }

  static ReportTable stages(ProgressReportData data) {
    DocumentWords w = data.words();
    List<ReportTable.Column> columns =
        List.of(
            new ReportTable.Column(w.text("col.date"), ReportTable.Kind.TEXT),
            new ReportTable.Column(w.text("col.domain"), ReportTable.Kind.TEXT),
            new ReportTable.Column(w.text("col.level"), ReportTable.Kind.TEXT),
            new ReportTable.Column(w.text("col.supervisor"), ReportTable.Kind.TEXT),
            new ReportTable.Column(w.text("col.rationale"), ReportTable.Kind.TEXT));
    List<List<Object>> rows = new ArrayList<>();
    for (StageAssessmentView s : data.stages()) {
      rows.add(
          Arrays.asList(
              w.date(s.assessedOn()),
              w.text("domain." + s.domain().name()),
              w.level(s.level()) + " (" + s.scale() + ")",
              s.supervisorName(),
              s.rationale()));
    }
    return new ReportTable(w.text("progress.stages"), "", "", columns, rows);
  }
}
