package io.parallax.web.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.CoachingLog;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.ProgressRange;
import io.parallax.ejb.practice.TraineeProgress;
import io.parallax.web.Messages;
import io.parallax.web.SchoolDay;
import io.parallax.web.Words;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The trainee's progress dashboard: their contracting month by month (score, CLEAR per element,
 * drift), their coaching hours as the ICF counts them, the stage assessments and contracting grades
 * their supervisors signed off and shared, and the coaching log to download. A new trainee sees
 * what to do first instead of empty charts.
 */
@Named
@ViewScoped
public class ProgressView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TraineeProgress progress;
  @Inject Words words;
  @EJB Assessments assessments;

  private PracticeFigures figures;
  private List<StageAssessmentView> stages = List.of();
  private List<ContractingAssessmentView> grades = List.of();
  private String scoreChart;
  private String clearChart;
  private String driftChart;
  private String hoursChart;

  @Inject SchoolDay schoolDay;

  private ProgressRange.Span span = ProgressRange.Span.ALL;
  private LocalDate from;
  private LocalDate to;
  private ProgressRange range = ProgressRange.whole();
  private boolean practisedEver;

  @PostConstruct
  void load() {
    figures = progress.figures(range);
    practisedEver = !figures.isEmpty();
    List<AssessmentView> shared = assessments.sharedWithMe();
    stages =
        shared.stream()
            .filter(StageAssessmentView.class::isInstance)
            .map(StageAssessmentView.class::cast)
            .toList();
    grades =
        shared.stream()
            .filter(ContractingAssessmentView.class::isInstance)
            .map(ContractingAssessmentView.class::cast)
            .toList();
    chart();
  }

  /**
   * Shows the span picked: the whole history, the last 3, 6 or 12 calendar months, the cohort's
   * span, or the days given; a bad range is refused at its field and the figures stay as they were.
   */
  public void applyRange() {
    LocalDate today = schoolDay.today();
    ProgressRange picked =
        Messages.obtain(
            "range:",
            () ->
                ProgressRange.of(
                    span,
                    today,
                    span == ProgressRange.Span.COHORT ? progress.cohortSpan(today) : null,
                    from,
                    to));
    if (picked != null) {
      range = picked;
      figures = progress.figures(range);
      chart();
    }
  }

  private void chart() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ProgressCharts charts =
        new ProgressCharts(figures, key -> Messages.text(Messages.TRAINEE, key), locale);
    scoreChart = charts.score();
    clearChart = charts.clearShare();
    driftChart = charts.drift();
    hoursChart = charts.hours();
  }

  public StreamedContent getCsv() {
    Locale locale = locale();
    return DefaultStreamedContent.builder()
        .name("logged-hours.csv")
        .contentType(CoachingLogCsv.MEDIA_TYPE + "; charset=UTF-8")
        .stream(
            () ->
                new ByteArrayInputStream(
                    CoachingLogCsv.of(log(), locale).getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  public StreamedContent getXlsx() {
    Locale locale = locale();
    return DefaultStreamedContent.builder()
        .name("logged-hours.xlsx")
        .contentType(CoachingLogXlsx.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(CoachingLogXlsx.of(log(), locale)))
        .build();
  }

  /** The trainee's progress report as a PDF, in the page's language. */
  public StreamedContent getPdf() {
    Locale locale = locale();
    return DefaultStreamedContent.builder()
        .name(ProgressReportFile.name(locale))
        .contentType(ProgressReportFile.MEDIA_TYPE)
        .stream(
            () -> new ByteArrayInputStream(ProgressReportFile.of(progress, assessments, locale)))
        .build();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private CoachingLog log() {
    return progress.coachingLog();
  }

  /** Nothing logged and nothing shared yet: the page says what to do first. */
  public boolean isNewTrainee() {
    return !practisedEver && stages.isEmpty() && grades.isEmpty();
  }

  public boolean isPractising() {
    return !figures.isEmpty();
  }

  public PracticeFigures getFigures() {
    return figures;
  }

  /** The latest stage shared (the list is latest first); null when none is. */
  public StageAssessmentView getCurrentStage() {
    return stages.isEmpty() ? null : stages.get(0);
  }

  /** "Current level in CONTRACTING: 2 (IDM)"; empty when no stage is shared. */
  public String getCurrentStageText() {
    StageAssessmentView stage = getCurrentStage();
    return stage == null
        ? ""
        : Messages.text(
                Messages.TRAINEE,
                "progress.stage.current",
                words.of("domain", stage.domain()),
                words.of("level", stage.level()))
            + " ("
            + words.named("scale", stage.scale())
            + ")";
  }

  public List<StageAssessmentView> getStages() {
    return stages;
  }

  /** The latest contracting grades shared; null when none are. */
  public ContractingAssessmentView getLatestGrades() {
    return grades.isEmpty() ? null : grades.get(0);
  }

  public List<ContractingAssessmentView> getGrades() {
    return grades;
  }

  public ContractingElement[] getElements() {
    return ContractingElement.values();
  }

  public String getScoreChart() {
    return scoreChart;
  }

  public String getClearChart() {
    return clearChart;
  }

  public String getDriftChart() {
    return driftChart;
  }

  public String getHoursChart() {
    return hoursChart;
  }

  public ProgressRange.Span[] getSpans() {
    return ProgressRange.Span.values();
  }

  public ProgressRange.Span getSpan() {
    return span;
  }

  public void setSpan(ProgressRange.Span span) {
    this.span = span;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /** The range the figures cover, in words: "the whole history" or "12 Mar 2026 – 29 Nov 2026". */
  public String getRangeText() {
    if (range.isWhole()) {
      return Messages.text(Messages.TRAINEE, "progress.range.whole");
    }
    return Messages.text(
        Messages.TRAINEE,
        "progress.range.shown",
        range.from() == null ? "…" : words.date(range.from()),
        range.to() == null ? "…" : words.date(range.to()));
  }
}
