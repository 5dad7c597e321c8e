package io.parallax.ejb.analysis.export;

import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.StageProgression;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Everything a cohort report file holds, as the caller may see it: the school and cohort it is
 * about, when it was made and in which language ({@link DocumentWords}), and the figures.
 */
public record CohortReportData(
    String schoolName,
    String cohortName,
    LocalDate asOf,
    ZonedDateTime generatedAt,
    Locale locale,
    CohortTrend trend,
    List<ParallelProcessSignal> signals,
    ModellingReport modelling,
    StageProgression stages) {

  public CohortReportData {
    schoolName = schoolName == null ? "" : schoolName;
    generatedAt = generatedAt == null ? ZonedDateTime.now(ZoneId.systemDefault()) : generatedAt;
    locale = locale == null ? Locale.ENGLISH : locale;
  }

  /** A report in English, generated now, for a school whose name is not at hand. */
  public CohortReportData(
      String cohortName,
      LocalDate asOf,
      CohortTrend trend,
      List<ParallelProcessSignal> signals,
      ModellingReport modelling,
      StageProgression stages) {
    this(null, cohortName, asOf, null, null, trend, signals, modelling, stages);
  }

  public DocumentWords words() {
    return DocumentWords.of(locale);
  }
}
