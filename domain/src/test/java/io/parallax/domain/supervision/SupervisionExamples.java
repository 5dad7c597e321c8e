package io.parallax.domain.supervision;

import static io.parallax.domain.Examples.JAN_12;

import io.parallax.domain.Examples;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.SupervisorAssignment;
import java.time.LocalDate;

/**
 * Small builders of valid supervision and assessment records for tests: each call makes a new one.
 */
public final class SupervisionExamples {

  /** A date every {@link #assignment()} covers, in the past. */
  public static final LocalDate FEB_2 = JAN_12.plusDays(21);

  private SupervisionExamples() {}

  /** Sam supervises Eve from January 12th, open-ended. */
  public static SupervisorAssignment assignment() {
    return new SupervisorAssignment(
        Examples.supervisor("Sam"), Examples.trainee("Eve"), JAN_12, null);
  }

  public static ProctorBalance balance() {
    return ProctorBalance.of(30, 50, 20);
  }

  /** A one-hour individual session on February 2nd, partly contracted. */
  public static SupervisionSession session(SupervisorAssignment assignment) {
    return new SupervisionSession(
        assignment,
        FEB_2,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.of(
            ElementRating.CLEAR, ElementRating.PARTIAL, ElementRating.ABSENT, ElementRating.CLEAR),
        balance());
  }

  /** Grades 2, 3, 3, 4 on February 2nd. */
  public static ContractingAssessment contractingAssessment(SupervisorAssignment assignment) {
    return new ContractingAssessment(assignment, FEB_2, 2, 3, 3, 4);
  }

  /** IDM level 1 in contracting on February 2nd. */
  public static StageAssessment stageAssessment(
      SupervisorAssignment assignment, DevelopmentalScale scale) {
    return new StageAssessment(
        assignment,
        FEB_2,
        scale,
        DevelopmentDomain.CONTRACTING,
        scale.levels().get(0),
        StageSubScores.of(2, 4, 1),
        "Anxious to get it right; waits for the supervisor to say what to contract for.");
  }
}
