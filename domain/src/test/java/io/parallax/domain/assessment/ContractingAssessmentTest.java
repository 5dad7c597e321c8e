package io.parallax.domain.assessment;

import static io.parallax.domain.Examples.JAN_12;
import static io.parallax.domain.assessment.DevelopmentalScaleTest.fieldIs;
import static io.parallax.domain.supervision.SupervisionExamples.FEB_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.SupervisionExamples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractingAssessmentTest {

  private static final Instant SIGNED = Instant.parse("2026-02-03T09:00:00Z");

  private final SupervisorAssignment assignment = SupervisionExamples.assignment();

  @Test
  void gradesEachElementAsAFirstUnsignedVersion() {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);

    assertThat(assessment.supervisor()).isSameAs(assignment.supervisor());
    assertThat(assessment.trainee()).isSameAs(assignment.trainee());
    assertThat(assessment.assessedOn()).isEqualTo(FEB_2);
    assertThat(assessment.grade(ContractingElement.FOCUS)).isEqualTo(2);
    assertThat(assessment.grade(ContractingElement.PARTICIPATION)).isEqualTo(4);
    assertThat(assessment.versionNumber()).isEqualTo(1);
    assertThat(assessment.previousVersion()).isEmpty();
    assertThat(assessment.isSignedOff()).isFalse();
    assertThat(assessment.isSharedWithTrainee()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  void gradesFromOneToFive(int grade) {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);

    assessment.grade(ContractingElement.OUTCOME, grade);

    assertThat(assessment.grade(ContractingElement.OUTCOME)).isEqualTo(grade);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void refusesAGradeOutsideOneToFive(int grade) {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);

    assertThatThrownBy(() -> assessment.grade(ContractingElement.OUTCOME, grade))
        .satisfies(fieldIs("outcomeGrade"))
        .hasMessage("Grade OUTCOME from 1 to 5 against PCC 3.2, 3.3 (this one: " + grade + ").");
    assertThatThrownBy(() -> new ContractingAssessment(assignment, FEB_2, 3, 3, 3, grade))
        .satisfies(fieldIs("participationGrade"));
  }

  @Test
  void assessesOnlyOnADateTheAssignmentCovers() {
    LocalDate before = JAN_12.minusDays(1);
    LocalDate tomorrow = NotInTheFuture.latestToday().plusDays(1);

    assertThatThrownBy(() -> new ContractingAssessment(assignment, before, 3, 3, 3, 3))
        .satisfies(fieldIs("assessedOn"))
        .hasMessageContaining("Eve is not assigned to Sam on 2026-01-11");
    assertThatThrownBy(() -> new ContractingAssessment(assignment, tomorrow, 3, 3, 3, 3))
        .satisfies(fieldIs("assessedOn"))
        .hasMessageContaining("cannot be in the future");
  }

  @Test
  void refusesADeactivatedTraineeAndAnotherPairsAssignment() {
    SupervisorAssignment left = SupervisionExamples.assignment();
    left.trainee().deactivate();
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);
    SupervisorAssignment otherPair =
        new SupervisorAssignment(assignment.supervisor(), Examples.trainee("Fay"), JAN_12, null);

    assertThatThrownBy(() -> SupervisionExamples.contractingAssessment(left))
        .satisfies(fieldIs("trainee"))
        .hasMessageContaining("deactivated");
    assertThatThrownBy(() -> assessment.reassessOn(otherPair, FEB_2))
        .satisfies(fieldIs("assessedOn"));
  }

  @Test
  void citesEvidenceOnceEachAndComments() {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);
    UUID session = UUID.randomUUID();

    assessment.citeEvidence(List.of(session, session));
    assessment.comment("  Agrees the focus well; the outcome stays vague.  ");

    assertThat(assessment.evidenceSessions()).containsExactly(session);
    assertThat(assessment.comment()).contains("Agrees the focus well; the outcome stays vague.");
    assertThatThrownBy(() -> assessment.comment("x".repeat(2001))).satisfies(fieldIs("comment"));
  }

  @Test
  void aSignedOffAssessmentNeverChanges() {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);
    assessment.shareWithTrainee(true);

    assessment.signOff(SIGNED);

    assertThat(assessment.signedOffAt()).contains(SIGNED);
    List<Runnable> revisions =
        List.of(
            () -> assessment.grade(ContractingElement.FOCUS, 3),
            () -> assessment.citeEvidence(List.of(UUID.randomUUID())),
            () -> assessment.comment("Second thoughts"),
            () -> assessment.reassessOn(assignment, FEB_2.plusDays(1)),
            () -> assessment.signOff(SIGNED.plusSeconds(60)));
    assertThat(revisions)
        .allSatisfy(
            revision ->
                assertThatThrownBy(revision::run)
                    .isInstanceOf(SignedOff.class)
                    .satisfies(fieldIs("signedOff"))
                    .hasMessage(
                        "This assessment was signed off: a signed-off assessment never changes."
                            + " To correct it, create a new version."));
    assertThat(assessment.grade(ContractingElement.FOCUS)).isEqualTo(2);
    assertThat(assessment.signedOffAt()).contains(SIGNED);
  }

  @Test
  void sharingIsSwitchedAfterTheSignOffAndIsNotAChangeOfACorrection() {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);
    assessment.signOff(SIGNED);

    assessment.shareWithTrainee(true);
    ContractingAssessment correction = assessment.newVersion();
    correction.shareWithTrainee(false);

    assertThat(assessment.isSharedWithTrainee()).isTrue();
    assertThat(correction.changesFrom(assessment)).isEmpty();
  }

  @Test
  void aCorrectionIsTheNextVersionLinkedToTheSignedOffOne() {
    ContractingAssessment first = SupervisionExamples.contractingAssessment(assignment);
    first.citeEvidence(List.of(UUID.randomUUID()));
    first.signOff(SIGNED);

    ContractingAssessment second = first.newVersion();
    second.grade(ContractingElement.FOCUS, 3);
    second.comment("Focus was clearer than I first graded.");

    assertThat(second).isNotSameAs(first);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.versionNumber()).isEqualTo(2);
    assertThat(second.previousVersion()).containsSame(first);
    assertThat(second.isSignedOff()).isFalse();
    assertThat(second.trainee()).isSameAs(first.trainee());
    assertThat(second.evidenceSessions()).isEqualTo(first.evidenceSessions());
    assertThat(second.grade(ContractingElement.OUTCOME)).isEqualTo(3);
    assertThat(second.changesFrom(first)).containsExactly("focusGrade", "comment");
    assertThat(first.grade(ContractingElement.FOCUS)).isEqualTo(2);
  }

  @Test
  void onlyASignedOffAssessmentIsCorrectedByANewVersion() {
    ContractingAssessment draft = SupervisionExamples.contractingAssessment(assignment);

    assertThatThrownBy(draft::newVersion)
        .satisfies(fieldIs("signedOff"))
        .hasMessageContaining("revise it directly");
  }

  @Test
  void aCorrectionOfACorrectionIsVersionThree() {
    ContractingAssessment first = SupervisionExamples.contractingAssessment(assignment);
    first.signOff(SIGNED);
    ContractingAssessment second = first.newVersion();
    second.signOff(SIGNED.plusSeconds(3600));

    ContractingAssessment third = second.newVersion();

    assertThat(third.versionNumber()).isEqualTo(3);
    assertThat(third.previousVersion()).containsSame(second);
    assertThat(third.changesFrom(second)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ContractingElement.class)
  void eachElementHasItsOwnGradeField(ContractingElement element) {
    ContractingAssessment assessment = SupervisionExamples.contractingAssessment(assignment);

    assertThatThrownBy(() -> assessment.grade(element, 7))
        .satisfies(fieldIs(element.name().toLowerCase() + "Grade"))
        .hasMessageContaining("PCC " + element.pccMarkers());
  }
}
