package io.parallax.ejb.analysis.export;

import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.PracticeFigures;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a trainee's own progress report holds: their practice month by month, and only the
 * contracting grades and stage assessments their supervisors signed off and shared with them
 * (latest first), in the trainee's language.
 */
public record ProgressReportData(
    String schoolName,
    String traineeName,
    ZonedDateTime generatedAt,
    Locale locale,
    PracticeFigures figures,
    List<ContractingAssessmentView> grades,
    List<StageAssessmentView> stages) {

  public ProgressReportData {
    schoolName = schoolName == null ? "" : schoolName;
    generatedAt = generatedAt == null ? ZonedDateTime.now(ZoneId.systemDefault()) : generatedAt;
    locale = locale == null ? Locale.ENGLISH : locale;
    grades = grades.stream().filter(ContractingAssessmentView::sharedWithTrainee).toList();
    stages = stages.stream().filter(StageAssessmentView::sharedWithTrainee).toList();
  }

  public DocumentWords words() {
    return DocumentWords.of(locale);
  }
}
