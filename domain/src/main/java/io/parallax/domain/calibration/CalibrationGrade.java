package io.parallax.domain.calibration;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.contracting.ContractingElement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * One supervisor's blind grade of one case of a calibration exercise: 1 to 5 per contracting
 * element against the same PCC-anchored rubric as a real contracting assessment, and the rationale.
 * It can be revised until the results open; after that it never changes.
 */
@Entity
@Table(name = "calibration_grade")
@NamedQuery(
    name = CalibrationGrade.OF_EXERCISE,
    query = "select g from CalibrationGrade g where g.exercise = :exercise order by g.caseIndex")
@NamedQuery(
    name = CalibrationGrade.COUNT_OF_EXERCISE,
    query = "select count(g) from CalibrationGrade g where g.exercise = :exercise")
@NamedQuery(
    name = CalibrationGrade.OF_SUPERVISOR_CASE,
    query =
        "select g from CalibrationGrade g where g.exercise = :exercise and g.supervisor ="
            + " :supervisor and g.caseIndex = :caseIndex")
public class CalibrationGrade extends SchoolOwned {

  /** The grades of an exercise, by case. */
  public static final String OF_EXERCISE = "CalibrationGrade.ofExercise";

  /** How many case grades an exercise has. */
  public static final String COUNT_OF_EXERCISE = "CalibrationGrade.countOfExercise";

  /** One supervisor's grade of one case, if given. */
  public static final String OF_SUPERVISOR_CASE = "CalibrationGrade.ofSupervisorCase";

  public static final int MAX_RATIONALE = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "exercise_id", nullable = false, updatable = false)
  private CalibrationExercise exercise;

  @Column(name = "supervisor_id", nullable = false, updatable = false)
  private UUID supervisor;

  @Column(name = "case_index", nullable = false, updatable = false)
  private int caseIndex;

  @Column(name = "focus_grade", nullable = false)
  private int focusGrade;

  @Column(name = "outcome_grade", nullable = false)
  private int outcomeGrade;

  @Column(name = "approach_grade", nullable = false)
  private int approachGrade;

  @Column(name = "participation_grade", nullable = false)
  private int participationGrade;

  @Column(nullable = false, length = MAX_RATIONALE)
  private String rationale;

  @Column(name = "graded_at", nullable = false)
  private Instant gradedAt;

  protected CalibrationGrade() {}

  /**
   * {@code supervisor}'s grade of case {@code caseIndex} of {@code exercise}, one of its graders.
   */
  public CalibrationGrade(
      CalibrationExercise exercise,
      UUID supervisor,
      int caseIndex,
      Map<ContractingElement, Integer> grades,
      String rationale,
      Instant at) {
    require(exercise != null, "exercise", "calibrationGrade.exercise");
    require(
        supervisor != null && exercise.isGrader(supervisor),
        "supervisor",
        "calibrationGrade.supervisor");
    exercise.requireCase(caseIndex);
    this.exercise = exercise;
    this.supervisor = supervisor;
    this.caseIndex = caseIndex;
    regrade(grades, rationale, at);
  }

  /** Replaces the grades and rationale (the service allows it only until the results open). */
  public void regrade(Map<ContractingElement, Integer> grades, String rationale, Instant at) {
    require(grades != null, "grades", "calibrationGrade.grades");
    for (ContractingElement element : ContractingElement.values()) {
      Integer grade = grades.get(element);
      String field = element.name().toLowerCase() + "Grade";
      require(
          grade != null,
          field,
          "calibrationGrade.missing",
          DomainRuleViolation.phrase("element." + element.name()));
      require(
          grade >= ContractingAssessment.MIN_GRADE && grade <= ContractingAssessment.MAX_GRADE,
          field,
          "contractingAssessment.rule",
          DomainRuleViolation.phrase("element." + element.name()),
          ContractingAssessment.MIN_GRADE,
          ContractingAssessment.MAX_GRADE,
          element.pccMarkers(),
          grade);
    }
    this.focusGrade = grades.get(ContractingElement.FOCUS);
    this.outcomeGrade = grades.get(ContractingElement.OUTCOME);
    this.approachGrade = grades.get(ContractingElement.APPROACH);
    this.participationGrade = grades.get(ContractingElement.PARTICIPATION);
    this.rationale =
        Text.required(rationale, MAX_RATIONALE, "rationale", "calibrationGrade.rationale");
    require(at != null, "gradedAt", "calibrationGrade.gradedAt");
    this.gradedAt = at;
  }

  public int grade(ContractingElement element) {
    return switch (element) {
      case FOCUS -> focusGrade;
      case OUTCOME -> outcomeGrade;
      case APPROACH -> approachGrade;
      case PARTICIPATION -> participationGrade;
    };
  }

  public Map<ContractingElement, Integer> grades() {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      grades.put(element, grade(element));
    }
    return grades;
  }

  public CalibrationExercise exercise() {
    return exercise;
  }

  public UUID supervisor() {
    return supervisor;
  }

  public int caseIndex() {
    return caseIndex;
  }

  public String rationale() {
    return rationale;
  }

  public Instant gradedAt() {
    return gradedAt;
  }
}
