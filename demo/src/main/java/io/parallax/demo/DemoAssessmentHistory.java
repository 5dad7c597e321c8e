package io.parallax.demo;

import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment history of a demo trainee beyond their current stage, so that a supervisor's
 * caseload and a supervisee's timeline show movement: an earlier stage (one level lower, or the
 * same at the lowest level), a signed-off and shared contracting grade three months ago, a
 * signed-off one three weeks ago that is not shared, and for the trainees whose supervisor models
 * contracting a correction of the latter that is still a draft. Grades follow the trainee's planted
 * client-session contracting; no randomness, so the demo school's other records stay as they were.
 */
final class DemoAssessmentHistory {

  private DemoAssessmentHistory() {}

  static void write(
      EntityManager em,
      DemoTrainee profile,
      SupervisorAssignment assignment,
      DevelopmentalScale idm,
      LocalDate today) {
    List<String> levels = idm.levels();
    int rank = idm.rank(profile.idmLevel());
    String earlier = levels.get(Math.max(0, rank - 2));
    StageAssessment before =
        new StageAssessment(
            assignment,
            today.minusDays(100),
            idm,
            DevelopmentDomain.CONTRACTING,
            earlier,
            StageSubScores.of(Math.max(1, rank), 4, Math.max(1, rank - 1)),
            "Assessed at the start of supervision from the first client sessions.");
    before.shareWithTrainee(true);
    before.signOff(Instant.now());
    em.persist(before);

    ContractingAssessment early = grade(assignment, profile, today, 90);
    early.comment("Agree the focus and the outcome before you start exploring.");
    early.shareWithTrainee(true);
    early.signOff(Instant.now());
    em.persist(early);

    ContractingAssessment recent = grade(assignment, profile, today, 21);
    recent.signOff(Instant.now());
    em.persist(recent);
    if (profile.modelledFromDaysAgo() > 0) {
      ContractingAssessment correction = recent.newVersion();
      correction.comment("Since I model contracting, your outcome agreements have become clearer.");
      em.persist(correction);
    }
  }

  private static ContractingAssessment grade(
      SupervisorAssignment assignment, DemoTrainee profile, LocalDate today, int daysAgo) {
    int grade = 1 + (int) Math.round(4 * profile.planted().clientClearOn(daysAgo, 0));
    return new ContractingAssessment(
        assignment,
        today.minusDays(daysAgo),
        grade,
        Math.max(1, grade - 1),
        grade,
        Math.min(5, grade + 1));
  }
}
