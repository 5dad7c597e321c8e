package io.parallax.domain.supervision;

import static io.parallax.domain.Examples.JAN_12;
import static io.parallax.domain.supervision.SupervisionExamples.FEB_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.assessment.SignedOff;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a supervision session its author edits: who may take part in a group, the lock a
 * signed-off assessment puts on it, and soft deletion.
 */
class SupervisionGroupAndEditTest {

  private final SupervisorAssignment eve = SupervisionExamples.assignment();
  private final Person sam = eve.supervisor();

  private SupervisorAssignment samWith(String trainee) {
    return new SupervisorAssignment(sam, Examples.trainee(trainee), JAN_12, null);
  }

  private SupervisionSession group() {
    SupervisionSession session = SupervisionExamples.session(eve);
    session.holdAs(SupervisionFormat.GROUP);
    return session;
  }

  private static void violates(String field, String key, Runnable change) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo(field);
              assertThat(v.key()).isEqualTo(key);
            });
  }

  @Test
  void aGroupGathersTheSuperviseeAndOtherAssignedSuperviseesEachWithTheirNote() {
    SupervisionSession session = group();
    SupervisorAssignment tom = samWith("Tom");

    session.attendedBy(List.of(new SupervisionSession.Attendance(tom, "Tom rescues.")));

    assertThat(session.participants())
        .extracting(p -> p.person().displayName(), p -> p.notes().orElse(null))
        .containsExactlyInAnyOrder(tuple("Eve", null), tuple("Tom", "Tom rescues."));
    assertThat(session.tookPart(tom.trainee())).isTrue();
    assertThat(session.tookPart(eve.trainee())).isTrue();
    assertThat(session.tookPart(Examples.trainee("Ann"))).isFalse();
  }

  @Test
  void aNoteChangesInPlaceAndWhoLeavesTheGroupIsRemovedButTheSuperviseeStays() {
    SupervisionSession session = group();
    SupervisorAssignment tom = samWith("Tom");
    SupervisorAssignment ann = samWith("Ann");
    session.attendedBy(
        List.of(
            new SupervisionSession.Attendance(eve, "Eve first."),
            new SupervisionSession.Attendance(tom, "Tom first.")));
    SupervisionParticipant tomsRow =
        session.participants().stream()
            .filter(p -> p.person() == tom.trainee())
            .findFirst()
            .orElseThrow();

    session.attendedBy(
        List.of(
            new SupervisionSession.Attendance(tom, "Tom again."),
            new SupervisionSession.Attendance(ann, null)));

    assertThat(session.participants())
        .extracting(p -> p.person().displayName(), p -> p.notes().orElse(null))
        .containsExactlyInAnyOrder(
            tuple("Eve", null), tuple("Tom", "Tom again."), tuple("Ann", null));
    assertThat(session.participants()).contains(tomsRow);
  }

  @Test
  void refusesAParticipantWhoIsNotTheAuthorsSuperviseeOnTheDate() {
    SupervisionSession session = group();
    SupervisorAssignment otherSupervisor =
        new SupervisorAssignment(Examples.supervisor("Kit"), Examples.trainee("Tom"), JAN_12, null);
    SupervisorAssignment endedBefore =
        new SupervisorAssignment(sam, Examples.trainee("Ann"), JAN_12, FEB_2.minusDays(1));

    violates(
        "participants",
        "supervisionSession.participants.assigned",
        () -> session.attendedBy(List.of(new SupervisionSession.Attendance(otherSupervisor, ""))));
    violates(
        "participants",
        "supervisionSession.participants.assigned",
        () -> session.attendedBy(List.of(new SupervisionSession.Attendance(endedBefore, ""))));
    violates(
        "participants",
        "supervisionSession.participants.assigned",
        () -> session.attendedBy(List.of(new SupervisionSession.Attendance(null, ""))));
    assertThat(session.participants()).isEmpty();
  }

  @Test
  void refusesAParticipantNamedTwiceAndOthersInAnIndividualSession() {
    SupervisorAssignment tom = samWith("Tom");
    violates(
        "participants",
        "supervisionSession.participants.twice",
        () ->
            group()
                .attendedBy(
                    List.of(
                        new SupervisionSession.Attendance(tom, null),
                        new SupervisionSession.Attendance(tom, null))));
    SupervisionSession individual = SupervisionExamples.session(eve);
    violates(
        "participants",
        "supervisionSession.participants.individual",
        () -> individual.attendedBy(List.of(new SupervisionSession.Attendance(tom, null))));

    individual.attendedBy(List.of(new SupervisionSession.Attendance(eve, null)));
    assertThat(individual.participants()).isEmpty();
  }

  @Test
  void aGroupTurnedIndividualKeepsNoParticipants() {
    SupervisionSession session = group();
    session.attendedBy(List.of(new SupervisionSession.Attendance(samWith("Tom"), "Note.")));

    session.holdAs(SupervisionFormat.INDIVIDUAL);
    session.attendedBy(List.of());

    assertThat(session.participants()).isEmpty();
  }

  @Test
  void aNoteOnAParticipantIsAtMost4000Characters() {
    violates(
        "participants",
        "text.length",
        () ->
            group()
                .attendedBy(
                    List.of(new SupervisionSession.Attendance(samWith("Tom"), "x".repeat(4001)))));
  }

  @Test
  void aSessionASignedOffAssessmentCitesIsLockedWithAClearRefusal() {
    SupervisionSession session = SupervisionExamples.session(eve);

    session.requireEditable(false);
    assertThatThrownBy(() -> session.requireEditable(true))
        .isInstanceOf(SignedOff.class)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("signedOff");
              assertThat(v.getMessage()).contains("signed-off assessment cites");
            });
  }

  @Test
  void aDeletedSessionIsRestoredBeforeItChanges() {
    SupervisionSession session = SupervisionExamples.session(eve);
    Instant at = Instant.parse("2026-02-03T10:00:00Z");

    session.delete(at);
    session.delete(at.plusSeconds(60));

    assertThat(session.deletedAt()).contains(at);
    violates("deletedAt", "supervisionSession.deleted", () -> session.requireEditable(false));
    session.restore();
    assertThat(session.isDeleted()).isFalse();
    session.requireEditable(false);
  }
}
