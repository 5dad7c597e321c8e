package io.parallax.domain.practice;

import static io.parallax.domain.Examples.JAN_12;
import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.school.Person;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PracticeSessionTest {

  private final Person trainee = Examples.trainee("Ada");
  private final Client client = PracticeExamples.client(trainee);
  private final ContractingRatings mixed = ContractingRatings.of(CLEAR, PARTIAL, ABSENT, CLEAR);

  @Test
  void isLoggedByTheTraineeForTheirClient() {
    PracticeSession session = new PracticeSession(trainee, client, JAN_12, 55, mixed, 40);

    assertThat(session.trainee()).isSameAs(trainee);
    assertThat(session.client()).isSameAs(client);
    assertThat(session.heldOn()).isEqualTo(JAN_12);
    assertThat(session.minutes()).isEqualTo(55);
    assertThat(session.ratings()).isSameAs(mixed);
    assertThat(session.responsibilityShare()).isEqualTo(40);
    assertThat(session.driftMarkers()).isEmpty();
    assertThat(session.recontractingCount()).isZero();
    assertThat(session.dramaRole()).isEmpty();
    assertThat(session.reflection()).isEmpty();
    assertThat(session.isDeleted()).isFalse();
  }

  @Test
  void isPaidOrProBonoAsItsClientUnlessChargedOtherwise() {
    client.changePaymentBasis(PaymentBasis.PRO_BONO);
    PracticeSession session = PracticeExamples.session(trainee, client);
    assertThat(session.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);

    session.chargeAs(PaymentBasis.PAID);
    assertThat(session.paymentBasis()).isEqualTo(PaymentBasis.PAID);
    assertThatThrownBy(() -> session.chargeAs(null)).isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void scoresTheMeanOfItsElementRatings() {
    PracticeSession session = new PracticeSession(trainee, client, JAN_12, 60, mixed, 50);

    assertThat(session.score()).isEqualTo(62.5);

    session.rate(ContractingRatings.all(ABSENT));
    assertThat(session.score()).isZero();
  }

  @Test
  void needsItsRatings() {
    assertThatRefused(() -> new PracticeSession(trainee, client, JAN_12, 60, null, 50), "ratings");
    PracticeSession session = PracticeExamples.session(trainee, client);
    assertThatRefused(() -> session.rate(null), "ratings");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 600})
  void lastsFromOneMinuteToTenHours(int minutes) {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.reschedule(JAN_12.plusDays(1), minutes);

    assertThat(session.minutes()).isEqualTo(minutes);
    assertThat(session.heldOn()).isEqualTo(JAN_12.plusDays(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 601})
  void refusesMinutesOutOfRange(int minutes) {
    assertThatRefused(
        () -> new PracticeSession(trainee, client, JAN_12, minutes, mixed, 50), "minutes");
    PracticeSession session = PracticeExamples.session(trainee, client);
    assertThatThrownBy(() -> session.reschedule(JAN_12, minutes))
        .hasMessage("A session lasts 1 to 600 minutes (this one: " + minutes + ").");
    assertThat(session.minutes()).isEqualTo(60);
  }

  @Test
  void isHeldTodayAtTheLatest() {
    PracticeSession today = PracticeExamples.session(trainee, client, NotInTheFuture.latestToday());
    assertThat(today.heldOn()).isEqualTo(NotInTheFuture.latestToday());

    assertThatRefused(
            () ->
                PracticeExamples.session(trainee, client, NotInTheFuture.latestToday().plusDays(1)),
            "heldOn")
        .hasMessageContaining("cannot be in the future");
    assertThatRefused(() -> today.reschedule(null, 60), "heldOn")
        .hasMessage("A session needs a date.");
  }

  @Test
  void aTraineeLogsSessionsOnlyForTheirOwnClients() {
    Client othersClient = PracticeExamples.client(Examples.trainee("Ben"));

    assertThatRefused(() -> PracticeExamples.session(trainee, othersClient), "client")
        .hasMessage("A trainee logs sessions only for their own clients.");
    assertThatRefused(() -> PracticeExamples.session(trainee, null), "client");
  }

  @Test
  void aDeactivatedTraineeOrANonTraineeLogsNothing() {
    trainee.deactivate();

    assertThatRefused(() -> PracticeExamples.session(trainee, client), "trainee")
        .hasMessageContaining("deactivated");
    assertThatRefused(() -> PracticeExamples.session(null, client), "trainee");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 50, 100})
  void takesAShareOfResponsibilityFromNoneToAll(int share) {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.takeResponsibility(share);

    assertThat(session.responsibilityShare()).isEqualTo(share);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void refusesAShareOutsideZeroToHundred(int share) {
    assertThatRefused(
        () -> new PracticeSession(trainee, client, JAN_12, 60, mixed, share),
        "responsibilityShare");
    PracticeSession session = PracticeExamples.session(trainee, client);
    assertThatRefused(() -> session.takeResponsibility(share), "responsibilityShare");
  }

  @Test
  void rescuesWhenTakingMoreThanHalfOfTheResponsibility() {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.takeResponsibility(50);
    assertThat(session.isRescuing()).isFalse();

    session.takeResponsibility(51);
    assertThat(session.isRescuing()).isTrue();
  }

  @Test
  void marksDriftAndNoticesADramaRole() {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.markDrift(Set.of(DriftMarker.STORYTELLING, DriftMarker.CIRCLING));
    session.noticeRole(DramaRole.RESCUER);

    assertThat(session.driftMarkers())
        .containsExactlyInAnyOrder(DriftMarker.STORYTELLING, DriftMarker.CIRCLING);
    assertThat(session.dramaRole()).contains(DramaRole.RESCUER);

    session.markDrift(null);
    session.noticeRole(null);
    assertThat(session.driftMarkers()).isEmpty();
    assertThat(session.dramaRole()).isEmpty();
  }

  @Test
  void theDriftMarkersReadCannotChangeTheSession() {
    PracticeSession session = PracticeExamples.session(trainee, client);
    Set<DriftMarker> marked = EnumSet.of(DriftMarker.TOPIC_HOPPING);
    session.markDrift(marked);

    marked.add(DriftMarker.CIRCLING);

    assertThat(session.driftMarkers()).containsExactly(DriftMarker.TOPIC_HOPPING);
    assertThatThrownBy(() -> session.driftMarkers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 50})
  void countsRecontractingMoments(int count) {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.recontracted(count, null);

    assertThat(session.recontractingCount()).isEqualTo(count);
    assertThat(session.recontractingNote()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 51})
  void refusesACountOutsideZeroToFifty(int count) {
    PracticeSession session = PracticeExamples.session(trainee, client);

    assertThatRefused(() -> session.recontracted(count, null), "recontractingCount");
  }

  @Test
  void notesTheRecontractingMomentsItCounts() {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.recontracted(2, " min 25: outcome narrowed to one meeting ");
    assertThat(session.recontractingNote()).contains("min 25: outcome narrowed to one meeting");

    assertThatRefused(() -> session.recontracted(0, "min 25"), "recontractingNote");
    assertThatRefused(() -> session.recontracted(1, "x".repeat(501)), "recontractingNote");
    session.recontracted(1, "x".repeat(500));
    assertThat(session.recontractingNote()).hasValueSatisfying(n -> assertThat(n).hasSize(500));
  }

  @Test
  void notesTheMinuteOfRecontractingWithinTheSession() {
    PracticeSession session = new PracticeSession(trainee, client, JAN_12, 60, mixed, 40);

    session.recontracted(1, 25, "outcome narrowed");
    assertThat(session.recontractingMinute()).contains(25);
    session.recontracted(1, 60, null);
    assertThat(session.recontractingMinute()).contains(60);

    assertThatRefused(() -> session.recontracted(1, 61, null), "recontractingMinute");
    assertThatRefused(() -> session.recontracted(1, -1, null), "recontractingMinute");
    assertThatRefused(() -> session.recontracted(0, 10, null), "recontractingMinute");
    session.recontracted(0, null, null);
    assertThat(session.recontractingMinute()).isEmpty();
  }

  @Test
  void keepsAConfidentialReflectionWithoutEchoingIt() {
    PracticeSession session = PracticeExamples.session(trainee, client);

    session.reflect("x".repeat(4000));
    assertThat(session.reflection()).hasValueSatisfying(r -> assertThat(r).hasSize(4000));

    String tooLong = "secret ".repeat(600);
    assertThatRefused(() -> session.reflect(tooLong), "reflection")
        .hasMessageNotContaining("secret");
    session.reflect(" ");
    assertThat(session.reflection()).isEmpty();
  }

  @Test
  void isDeletedSoftlyAndRestored() {
    PracticeSession session = PracticeExamples.session(trainee, client);
    Instant first = Instant.parse("2026-01-13T09:00:00Z");

    session.delete(first);
    session.delete(first.plusSeconds(60));
    assertThat(session.isDeleted()).isTrue();
    assertThat(session.deletedAt()).contains(first);

    session.restore();
    assertThat(session.isDeleted()).isFalse();
    assertThat(session.deletedAt()).isEmpty();
    assertThatRefused(() -> session.delete(null), "deletedAt");
  }

  @Test
  void aDeletedSessionIsRestoredBeforeItIsChanged() {
    PracticeSession session = PracticeExamples.session(trainee, client);
    session.delete(Instant.parse("2026-01-13T09:00:00Z"));

    assertThatRefused(() -> session.reflect("later thoughts"), "deletedAt")
        .hasMessage("This session is deleted: restore it before changing it.");
    assertThatRefused(() -> session.takeResponsibility(70), "deletedAt");

    session.restore();
    session.takeResponsibility(70);
    assertThat(session.responsibilityShare()).isEqualTo(70);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertThatRefused(
      ThrowingCallable call, String field) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }
}
