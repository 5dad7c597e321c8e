package io.parallax.ejb.calibration;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the calibration boundary hands out: records, never entities. */
public final class ExerciseViews {

  private ExerciseViews() {}

  /**
   * An exercise in a list: {@code graded} counts the case grades given so far (of {@code
   * supervisors} × {@code cases}); {@code myGraded} the caller's own, for a grader.
   */
  public record ExerciseSummary(
      UUID id,
      String title,
      LocalDate deadline,
      int cases,
      int supervisors,
      long graded,
      long myGraded,
      boolean resultsOpen,
      boolean open)
      implements Serializable {}

  /**
   * One case as a grader sees it. A session case shows no trainee, client or reflection; its
   * ratings and evidence lines only when the exercise shows them (else empty maps).
   */
  public record CaseMaterial(
      int index,
      boolean vignette,
      Integer minutes,
      Set<DriftMarker> driftMarkers,
      Integer recontractingCount,
      Map<ContractingElement, ElementRating> ratings,
      Map<ContractingElement, String> evidence,
      String vignetteText,
      String transcript)
      implements Serializable {}

  /** A grade of a case: 1 to 5 per element and the rationale. */
  public record CaseGrade(int caseIndex, Map<ContractingElement, Integer> grades, String rationale)
      implements Serializable {}

  /** An exercise's material, with the caller's own grades so far (a grader's only). */
  public record ExerciseMaterial(
      ExerciseSummary exercise, List<CaseMaterial> cases, List<CaseGrade> myGrades)
      implements Serializable {}

  /** A supervisor a school admin can choose, or a session they can put in an exercise. */
  public record Choice(UUID id, String label, LocalDate on) implements Serializable {}

  /**
   * One supervisor's grades in the results. {@code name} is the supervisor's name for a school
   * admin; a supervisor gets their own name on their own row ({@code self}) and, for a peer, no
   * name but a letter ({@code peer}: A, B, ...), the same for every peer on every read. {@code
   * offset} is the mean of (grade − the group's median) over every case and element. A figure that
   * cannot be computed is null.
   */
  public record GraderRow(
      String name, boolean self, String peer, List<CaseGrade> grades, Double offset)
      implements Serializable {}

  /** The group's median grade per element of one case. */
  public record CaseMedian(int caseIndex, Map<ContractingElement, Double> medians)
      implements Serializable {}

  /**
   * The agreement figures: ordinal alpha per element (over the cases; needs two or more cases) and
   * over every case and element, and the mean pairwise weighted kappa over every case and element.
   */
  public record AgreementFigures(
      Map<ContractingElement, Double> alphaByElement, Double alpha, Double meanKappa)
      implements Serializable {}

  /** The opened results of an exercise. */
  public record ExerciseResults(
      ExerciseSummary exercise,
      List<CaseMedian> medians,
      List<GraderRow> graders,
      AgreementFigures agreement)
      implements Serializable {}

  /** One exercise's overall agreement, for the history chart. */
  public record HistoryPoint(
      UUID exercise, String title, LocalDate deadline, Double alpha, Double meanKappa)
      implements Serializable {}
}
