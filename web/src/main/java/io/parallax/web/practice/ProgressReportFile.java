package io.parallax.web.practice;

import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.analysis.export.ProgressPdf;
import io.parallax.ejb.analysis.export.ProgressReportData;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.TraineeProgress;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The trainee's own progress report as a PDF, for the progress page's download and the API alike:
 * their practice figures and what their supervisors shared with them, in their language.
 */
final class ProgressReportFile {

  static final String MEDIA_TYPE = "application/pdf";

  private ProgressReportFile() {}

  static byte[] of(TraineeProgress progress, Assessments assessments, Locale language) {
    TraineeProgress.Heading heading = progress.heading();
    List<AssessmentView> shared = assessments.sharedWithMe();
    return ProgressPdf.write(
        new ProgressReportData(
            heading.schoolName(),
            heading.traineeName(),
            ZonedDateTime.now(),
            language,
            progress.figures(),
            shared.stream()
                .filter(ContractingAssessmentView.class::isInstance)
                .map(ContractingAssessmentView.class::cast)
                .toList(),
            shared.stream()
                .filter(StageAssessmentView.class::isInstance)
                .map(StageAssessmentView.class::cast)
                .toList()));
  }

  /** The file's name in the trainee's language, e.g. {@code progress-report.pdf}. */
  static String name(Locale language) {
    return DocumentWords.of(language).text("progress.fileName") + ".pdf";
  }
}
