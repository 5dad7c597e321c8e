package io.parallax.domain.assessment;

import static io.parallax.domain.assessment.DevelopmentalScaleTest.fieldIs;
import static io.parallax.domain.supervision.SupervisionExamples.FEB_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.SupervisionExamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageAssessmentTest {

  private static final Instant SIGNED = Instant.parse("2026-02-03T09:00:00Z");

  private final SupervisorAssignment assignment = SupervisionExamples.assignment();
  private final DevelopmentalScale idm = DevelopmentalScale.idm();

  @Test
  void placesTheTraineeOnALevelOfTheScaleForADomain() {
    StageAssessment assessment = SupervisionExamples.stageAssessment(assignment, idm);

    assertThat(assessment.scale()).isSameAs(idm);
    assertThat(assessment.domain()).isEqualTo(DevelopmentDomain.CONTRACTING);
    assertThat(assessment.level()).isEqualTo("1");
    assertThat(assessment.rank()).isEqualTo(1);
    assertThat(assessment.subScores().autonomy()).isEqualTo(1);
    assertThat(assessment.trainee()).isSameAs(assignment.trainee());
    assertThat(assessment.versionNumber()).isEqualTo(1);
    assertThat(assessment.suggestedStance()).isEmpty();
  }

  @Test
  void contractingIsTheFirstDomain() {
    assertThat(DevelopmentDomain.values()[0]).isEqualTo(DevelopmentDomain.CONTRACTING);
  }

  @Test
  void refusesALevelNotOnTheScale() {
    StageAssessment assessment = SupervisionExamples.stageAssessment(assignment, idm);

    assertThatThrownBy(() -> assessment.place(DevelopmentDomain.ETHICS, "PCC"))
        .satisfies(fieldIs("level"))
        .hasMessageContaining("pick one of 1, 2, 3, 3i");
    assertThatThrownBy(() -> assessment.place(DevelopmentDomain.ETHICS, null))
        .satisfies(fieldIs("level"));
    assertThat(assessment.domain()).isEqualTo(DevelopmentDomain.CONTRACTING);

    assessment.place(DevelopmentDomain.ETHICS, " 3i ");

    assertThat(assessment.level()).isEqualTo("3i");
    assertThat(assessment.rank()).isEqualTo(4);
  }

  @Test
  void needsAScaleADomainSubScoresAndARationale() {
    StageSubScores scores = StageSubScores.of(3, 3, 3);
    DevelopmentDomain contracting = DevelopmentDomain.CONTRACTING;

    assertThatThrownBy(
            () -> new StageAssessment(assignment, FEB_2, null, contracting, "1", scores, "Why"))
        .satisfies(fieldIs("scale"));
    assertThatThrownBy(() -> new StageAssessment(assignment, FEB_2, idm, null, "1", scores, "Why"))
        .satisfies(fieldIs("domain"));
    assertThatThrownBy(
            () -> new StageAssessment(assignment, FEB_2, idm, contracting, "1", null, "Why"))
        .satisfies(fieldIs("subScores"));
    assertThatThrownBy(
            () -> new StageAssessment(assignment, FEB_2, idm, contracting, "1", scores, " "))
        .satisfies(fieldIs("rationale"))
        .hasMessage("Say why the trainee is at this level.");
  }

  @ParameterizedTest
  @CsvSource({"0, 3, 3, awareness", "3, 6, 3, motivation", "3, 3, 0, autonomy"})
  void scoresAwarenessMotivationAndAutonomyFromOneToFive(
      int awareness, int motivation, int autonomy, String field) {
    assertThatThrownBy(() -> StageSubScores.of(awareness, motivation, autonomy))
        .satisfies(fieldIs(field));
    assertThat(StageSubScores.of(1, 5, 1).motivation()).isEqualTo(5);
  }

  @Test
  void assessesOnlyPastDatesTheAssignmentCovers() {
    StageAssessment assessment = SupervisionExamples.stageAssessment(assignment, idm);

    assertThatThrownBy(
            () -> assessment.reassessOn(assignment, NotInTheFuture.latestToday().plusDays(1)))
        .satisfies(fieldIs("assessedOn"));
    assertThatThrownBy(() -> assessment.reassessOn(assignment, FEB_2.minusMonths(1)))
        .satisfies(fieldIs("assessedOn"));
  }

  @Test
  void keepsTheRationaleAndStanceWithinTheirLength() {
    StageAssessment assessment = SupervisionExamples.stageAssessment(assignment, idm);

    assessment.suggestStance("Give structure; model contracting at the start of each session.");

    assertThat(assessment.suggestedStance()).isPresent();
    assertThatThrownBy(() -> assessment.suggestStance("x".repeat(1001)))
        .satisfies(fieldIs("suggestedStance"));
    assertThatThrownBy(() -> assessment.explain("x".repeat(2001))).satisfies(fieldIs("rationale"));
  }

  @Test
  void aSignedOffAssessmentNeverChanges() {
    StageAssessment assessment = SupervisionExamples.stageAssessment(assignment, idm);
    assessment.signOff(SIGNED);

    List<Runnable> revisions =
        List.of(
            () -> assessment.place(DevelopmentDomain.CONTRACTING, "2"),
            () -> assessment.score(StageSubScores.of(3, 3, 3)),
            () -> assessment.explain("Changed my mind"),
            () -> assessment.suggestStance("More challenge"),
            () -> assessment.signOff(SIGNED));

    assertThat(revisions)
        .allSatisfy(revision -> assertThatThrownBy(revision::run).satisfies(fieldIs("signedOff")));
    assertThat(assessment.level()).isEqualTo("1");
  }

  @Test
  void aCorrectionIsVersionTwoLinkedToVersionOne() {
    StageAssessment first = SupervisionExamples.stageAssessment(assignment, idm);
    first.suggestStance("Structure and encouragement.");
    first.signOff(SIGNED);

    StageAssessment second = first.newVersion();
    second.place(DevelopmentDomain.CONTRACTING, "2");
    second.score(StageSubScores.of(3, 3, 2));

    assertThat(second.versionNumber()).isEqualTo(2);
    assertThat(second.previousVersion()).containsSame(first);
    assertThat(second.isSignedOff()).isFalse();
    assertThat(second.scale()).isSameAs(idm);
    assertThat(second.rationale()).isEqualTo(first.rationale());
    assertThat(second.suggestedStance()).isEqualTo(first.suggestedStance());
    assertThat(second.subScores()).isNotSameAs(first.subScores());
    assertThat(second.changesFrom(first)).containsExactly("level", "subScores");
    assertThat(first.level()).isEqualTo("1");
  }

  @Test
  void onlyASignedOffAssessmentIsCorrectedByANewVersion() {
    StageAssessment draft = SupervisionExamples.stageAssessment(assignment, idm);

    assertThatThrownBy(draft::newVersion).satisfies(fieldIs("signedOff"));
  }
}
