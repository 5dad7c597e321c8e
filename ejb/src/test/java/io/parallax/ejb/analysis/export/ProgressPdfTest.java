package io.parallax.ejb.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.PracticeMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The trainee's own progress report, read back with PDFBox. */
class ProgressPdfTest {

  private static final UUID ADA = UUID.randomUUID();

  static ProgressReportData data(Locale locale, boolean shareTheLatestGrades) {
    List<PracticeMonth> months =
        List.of(month(YearMonth.of(2026, 1), 4, 1), month(YearMonth.of(2026, 2), 6, 4));
    return new ProgressReportData(
        "Süd-Akademie",
        "Ada Lovelace",
        ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneId.of("UTC")),
        locale,
        new PracticeFigures(months, 3),
        List.of(
            grades(LocalDate.of(2026, 2, 20), 4, "Clear outcome agreed", shareTheLatestGrades),
            grades(LocalDate.of(2026, 1, 20), 2, "Agree the outcome first", true)),
        List.of(
            stage(LocalDate.of(2026, 2, 1), "2", true),
            stage(LocalDate.of(2026, 1, 5), "1", true)));
  }

  private static PracticeMonth month(YearMonth month, long sessions, long clear) {
    Map<ContractingElement, Long> clearCounts = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, Long> partial = new EnumMap<>(ContractingElement.class);
    for (ContractingElement e : ContractingElement.values()) {
      clearCounts.put(e, clear);
      partial.put(e, sessions - clear);
    }
    Map<DriftMarker, Long> drift = new EnumMap<>(DriftMarker.class);
    drift.put(DriftMarker.STORYTELLING, sessions - clear);
    return new PracticeMonth(
        month, sessions, clearCounts, partial, drift, new CoachingHours(60 * sessions, 30), 1, 2);
  }

  private static ContractingAssessmentView grades(
      LocalDate on, int grade, String comment, boolean shared) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    for (ContractingElement e : ContractingElement.values()) {
      grades.put(e, grade);
    }
    return new ContractingAssessmentView(
        UUID.randomUUID(),
        ADA,
        "Ada Lovelace",
        "Sol Supervisor",
        on,
        grades,
        List.of(),
        comment,
        shared,
        Instant.now(),
        1,
        null,
        List.of(),
        0);
  }

  private static StageAssessmentView stage(LocalDate on, String level, boolean shared) {
    return new StageAssessmentView(
        UUID.randomUUID(),
        ADA,
        "Ada Lovelace",
        "Sol Supervisor",
        on,
        "IDM",
        DevelopmentDomain.CONTRACTING,
        level,
        Integer.parseInt(level),
        3,
        4,
        2,
        "Contracts more steadily now",
        null,
        shared,
        Instant.now(),
        1,
        null,
        List.of(),
        0);
  }

  @Test
  void theReportHoldsTheTraineesFiguresChartsAndWhatWasSharedWithThem() throws Exception {
    byte[] pdf = ProgressPdf.write(data(Locale.ENGLISH, false));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = ReportFilesTest.page(document, 0);
      assertThat(ReportFilesTest.page(document, 1))
          .contains("Progress report: Ada Lovelace")
          .contains("Parallax · Süd-Akademie")
          .contains("Generated Mar 1, 2026, 09:30 UTC")
          .contains("Page 1 of " + document.getNumberOfPages());
      assertThat(text)
          .contains("Client sessions")
          .contains("10")
          .contains("Contracting score by month")
          .contains("Contracting grades shared with you")
          .contains("Agree the")
          .contains("outcome first")
          .contains("Stage history shared with you")
          .contains("Level 2 (IDM)")
          .contains("Contracts more steadily");
      // a grade not shared with the trainee is not in their report
      assertThat(text).doesNotContain("Clear outcome agreed");
      ReportFilesTest.save(document, "progress-report-en");
    }
  }

  @Test
  void theReportIsInTheTraineesLanguage() throws Exception {
    byte[] pdf = ProgressPdf.write(data(Locale.GERMAN, true));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = ReportFilesTest.page(document, 0);
      assertThat(text)
          .contains("Fortschrittsbericht: Ada Lovelace")
          .contains("Mit Ihnen geteilte Contracting-Bewertungen")
          .contains("Stufe 2 (IDM)")
          .contains("Klientensitzungen")
          .doesNotContain("Page ");
    }
  }

  @Test
  void aNewTraineesReportSaysWhatIsNotThereYet() throws Exception {
    var empty =
        new ProgressReportData(
            "",
            "Neo New",
            null,
            Locale.ENGLISH,
            new PracticeFigures(List.of(), 0),
            List.of(),
            List.of());

    try (PDDocument document = Loader.loadPDF(ProgressPdf.write(empty))) {
      assertThat(ReportFilesTest.page(document, 0))
          .contains("No client session logged yet.")
          .contains("No contracting grades have been shared with you yet.")
          .contains("No stage assessment has been shared with you yet.");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }
}
