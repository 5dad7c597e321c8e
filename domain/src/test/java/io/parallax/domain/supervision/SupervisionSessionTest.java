package io.parallax.domain.supervision;

import static io.parallax.domain.Examples.JAN_12;
import static io.parallax.domain.supervision.SupervisionExamples.FEB_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.SupervisorAssignment;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupervisionSessionTest {

  private final SupervisorAssignment assignment = SupervisionExamples.assignment();

  @Test
  void recordsASessionBetweenTheAssignedPair() {
    SupervisionSession session = SupervisionExamples.session(assignment);

    assertThat(session.supervisor()).isSameAs(assignment.supervisor());
    assertThat(session.supervisee()).isSameAs(assignment.trainee());
    assertThat(session.heldOn()).isEqualTo(FEB_2);
    assertThat(session.minutes()).isEqualTo(60);
    assertThat(session.format()).isEqualTo(SupervisionFormat.INDIVIDUAL);
    assertThat(session.score()).isEqualTo(62.5);
    assertThat(session.driftMarkers()).isEmpty();
    assertThat(session.sevenEyedModes()).isEmpty();
    assertThat(session.coreIssues()).isEmpty();
    assertThat(session.parallelProcess()).isEmpty();
    assertThat(session.casesDiscussed()).isEmpty();
    assertThat(session.notes()).isEmpty();
    assertThat(session.modelledContracting()).isFalse();
  }

  @Test
  void refusesADateTheAssignmentDoesNotCover() {
    SupervisorAssignment ended =
        new SupervisorAssignment(
            Examples.supervisor("Sam"), Examples.trainee("Eve"), JAN_12, JAN_12.plusDays(10));

    assertThatThrownBy(() -> sessionOn(ended, JAN_12.minusDays(1)))
        .satisfies(fieldIs("heldOn"))
        .hasMessage(
            "Eve is not assigned to Sam on 2026-01-11: record the session on a date of the"
                + " assignment.");
    assertThatThrownBy(() -> sessionOn(ended, JAN_12.plusDays(11))).satisfies(fieldIs("heldOn"));
    assertThat(sessionOn(ended, JAN_12.plusDays(10)).heldOn()).isEqualTo(JAN_12.plusDays(10));
  }

  @Test
  void refusesAFutureDate() {
    LocalDate tomorrow = NotInTheFuture.latestToday().plusDays(1);

    assertThatThrownBy(() -> sessionOn(assignment, tomorrow))
        .satisfies(fieldIs("heldOn"))
        .hasMessageContaining("cannot be in the future");
  }

  @Test
  void refusesADeactivatedSuperviseeOrSupervisor() {
    SupervisorAssignment traineeLeft = SupervisionExamples.assignment();
    traineeLeft.trainee().deactivate();
    SupervisorAssignment supervisorLeft = SupervisionExamples.assignment();
    supervisorLeft.supervisor().deactivate();

    assertThatThrownBy(() -> SupervisionExamples.session(traineeLeft))
        .satisfies(fieldIs("supervisee"))
        .hasMessageContaining("deactivated");
    assertThatThrownBy(() -> SupervisionExamples.session(supervisorLeft))
        .satisfies(fieldIs("supervisor"))
        .hasMessageContaining("deactivated");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 60, 600})
  void lastsOneToSixHundredMinutes(int minutes) {
    SupervisionSession session = SupervisionExamples.session(assignment);

    session.reschedule(assignment, FEB_2, minutes);

    assertThat(session.minutes()).isEqualTo(minutes);
  }

  @ParameterizedTest
  @ValueSource(ints = {-5, 0, 601})
  void refusesALengthOutsideOneToSixHundredMinutes(int minutes) {
    SupervisionSession session = SupervisionExamples.session(assignment);

    assertThatThrownBy(() -> session.reschedule(assignment, FEB_2, minutes))
        .satisfies(fieldIs("minutes"));
    assertThat(session.minutes()).isEqualTo(60);
  }

  @Test
  void reschedulesOnlyUnderAnAssignmentOfTheSamePair() {
    SupervisionSession session = SupervisionExamples.session(assignment);
    SupervisorAssignment otherPair = SupervisionExamples.assignment();

    session.reschedule(assignment, FEB_2.plusDays(7), 90);

    assertThat(session.heldOn()).isEqualTo(FEB_2.plusDays(7));
    assertThatThrownBy(() -> session.reschedule(otherPair, FEB_2, 60)).satisfies(fieldIs("heldOn"));
    assertThatThrownBy(() -> session.reschedule(null, FEB_2, 60)).satisfies(fieldIs("heldOn"));
  }

  @Test
  void needsAFormatRatingsAndAProctorBalance() {
    ContractingRatings clear = ContractingRatings.all(ElementRating.CLEAR);
    ProctorBalance balance = SupervisionExamples.balance();

    assertThatThrownBy(() -> new SupervisionSession(assignment, FEB_2, 60, null, clear, balance))
        .satisfies(fieldIs("format"));
    assertThatThrownBy(
            () ->
                new SupervisionSession(
                    assignment, FEB_2, 60, SupervisionFormat.GROUP, null, balance))
        .satisfies(fieldIs("ratings"));
    assertThatThrownBy(
            () ->
                new SupervisionSession(assignment, FEB_2, 60, SupervisionFormat.GROUP, clear, null))
        .satisfies(fieldIs("proctorBalance"));
  }

  @Test
  void rerecordsFormatRatingsAndBalance() {
    SupervisionSession session = SupervisionExamples.session(assignment);

    session.holdAs(SupervisionFormat.GROUP);
    session.rate(ContractingRatings.all(ElementRating.CLEAR));
    session.balance(ProctorBalance.of(0, 0, 100));
    session.modelContracting(true);

    assertThat(session.format()).isEqualTo(SupervisionFormat.GROUP);
    assertThat(session.score()).isEqualTo(100.0);
    assertThat(session.proctorBalance().restorative()).isEqualTo(100);
    assertThat(session.modelledContracting()).isTrue();
  }

  private SupervisionSession sessionOn(SupervisorAssignment assignment, LocalDate date) {
    return new SupervisionSession(
        assignment,
        date,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.all(ElementRating.PARTIAL),
        SupervisionExamples.balance());
  }

  static Consumer<Throwable> fieldIs(String field) {
    return thrown ->
        assertThat(thrown)
            .isInstanceOfSatisfying(
                DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }
}
