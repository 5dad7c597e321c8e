package io.parallax.web.calibration;

import io.parallax.ejb.calibration.CalibrationExercises;
import io.parallax.ejb.calibration.ExerciseViews.Choice;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseResults;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseSummary;
import io.parallax.ejb.calibration.ExerciseViews.HistoryPoint;
import io.parallax.web.Messages;
import io.parallax.web.Words;
import io.parallax.web.analysis.ChartJson;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The school admin's calibration page: create an exercise from practice sessions and/or a vignette,
 * follow each exercise's grading, read the results with their agreement, and the history of
 * agreement across exercises.
 */
@Named
@ViewScoped
public class CalibrationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient CalibrationExercises exercises;
  @Inject Words words;

  private String title;
  private LocalDate deadline = LocalDate.now().plusDays(14);
  private List<String> sessions = new ArrayList<>();
  private String vignette;
  private String transcript;
  private boolean showRatings;
  private List<String> supervisors = new ArrayList<>();
  private List<ExerciseSummary> list = List.of();
  private List<Choice> sessionChoices = List.of();
  private List<Choice> supervisorChoices = List.of();
  private List<HistoryPoint> history = List.of();
  private ExerciseResults results;

  private String exercise;

  /** The school's exercises, the choices, the history, and the results the parameter names. */
  public void load() {
    list = exercises.list();
    sessionChoices = exercises.sessionChoices();
    supervisorChoices = exercises.supervisorChoices();
    history = exercises.history();
    UUID id = chosen(exercise);
    if (id != null) {
      results = Messages.obtain("results-", () -> exercises.results(id));
    }
  }

  public String getExercise() {
    return exercise;
  }

  public void setExercise(String exercise) {
    this.exercise = exercise;
  }

  public void create() {
    ExerciseSummary created =
        Messages.obtain(
            "exercise-",
            () ->
                exercises.create(
                    title,
                    deadline,
                    sessions.stream().map(UUID::fromString).toList(),
                    vignette,
                    transcript,
                    showRatings,
                    supervisors.stream().map(UUID::fromString).toList()));
    if (created != null) {
      Messages.done(Messages.COMMON, "calibration.created", created.title());
      title = null;
      vignette = null;
      transcript = null;
      sessions = new ArrayList<>();
      supervisors = new ArrayList<>();
      load();
    }
  }

  /** Overall alpha and mean kappa per exercise, × 100 so the chart's one decimal keeps two. */
  public String getHistoryChart() {
    List<String> labels =
        history.stream().map(h -> words.date(h.deadline()) + " " + h.title()).toList();
    return ChartJson.line(
        labels,
        List.of(
            new ChartJson.Series(
                Messages.text(Messages.COMMON, "calibration.alpha"),
                history.stream().map(h -> scaled(h.alpha())).toList()),
            new ChartJson.Series(
                Messages.text(Messages.COMMON, "calibration.kappa"),
                history.stream().map(h -> scaled(h.meanKappa())).toList())),
        Messages.text(Messages.COMMON, "calibration.history.axis"),
        100.0);
  }

  private static Double scaled(Double value) {
    return value == null ? null : value * 100;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public List<String> getSessions() {
    return sessions;
  }

  public void setSessions(List<String> sessions) {
    this.sessions = sessions == null ? new ArrayList<>() : new ArrayList<>(sessions);
  }

  public String getVignette() {
    return vignette;
  }

  public void setVignette(String vignette) {
    this.vignette = vignette;
  }

  public String getTranscript() {
    return transcript;
  }

  public void setTranscript(String transcript) {
    this.transcript = transcript;
  }

  public boolean isShowRatings() {
    return showRatings;
  }

  public void setShowRatings(boolean showRatings) {
    this.showRatings = showRatings;
  }

  public List<String> getSupervisors() {
    return supervisors;
  }

  public void setSupervisors(List<String> supervisors) {
    this.supervisors = supervisors == null ? new ArrayList<>() : new ArrayList<>(supervisors);
  }

  public List<ExerciseSummary> getList() {
    return list;
  }

  public List<Choice> getSessionChoices() {
    return sessionChoices;
  }

  public List<Choice> getSupervisorChoices() {
    return supervisorChoices;
  }

  public List<HistoryPoint> getHistory() {
    return history;
  }

  public ExerciseResults getResults() {
    return results;
  }

  /** The exercise the page's parameter names; a malformed one is a message, not a failure. */
  private static UUID chosen(String exercise) {
    try {
      return Messages.chosenId(exercise);
    } catch (IllegalArgumentException malformed) {
      Messages.error(Messages.text(Messages.COMMON, "calibration.noSuchExercise"));
      return null;
    }
  }
}
