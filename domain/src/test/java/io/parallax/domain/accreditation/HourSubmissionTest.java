package io.parallax.domain.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.school.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The approval rules: overlap, who decides, the lock on entries, reopening and resubmitting. */
class HourSubmissionTest {

  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  private static final Instant NOW = Instant.parse("2026-04-02T10:00:00Z");

  private final Person ada = Examples.trainee("Ada Lovelace");
  private final Person sol = Examples.supervisor("Sol Supervisor");
  private final Person kit = Examples.supervisor("Kit Other");

  private HourSubmission march(List<HourSubmission> others) {
    return new HourSubmission(ada, sol, MAR_1, MAR_31, others, NOW);
  }

  @Test
  void aNewSubmissionWaitsForItsSupervisor() {
    HourSubmission s = march(List.of());

    assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING);
    assertThat(s.holdsPeriod()).isTrue();
    assertThat(s.mayDecide(sol)).isTrue();
    assertThat(s.mayDecide(kit)).isFalse();
    assertThat(s.mayDecide(ada)).isFalse();
  }

  @Test
  void aPeriodEndsOnOrAfterItsFirstDayAndNeedsBothDays() {
    assertField(() -> new HourSubmission(ada, sol, MAR_31, MAR_1, List.of(), NOW), "to");
    assertField(() -> new HourSubmission(ada, sol, null, MAR_31, List.of(), NOW), "from");
    assertField(() -> new HourSubmission(ada, sol, MAR_1, null, List.of(), NOW), "to");
    assertThat(new HourSubmission(ada, sol, MAR_1, MAR_1, List.of(), NOW).covers(MAR_1)).isTrue();
  }

  @Test
  void aPeriodMayNotOverlapAWaitingOrApprovedOneButMayFollowIt() {
    HourSubmission pending = march(List.of());
    HourSubmission approved = new HourSubmission(ada, sol, MAR_1, MAR_31, List.of(), NOW);
    approved.approve(sol, null, NOW);

    for (HourSubmission held : List.of(pending, approved)) {
      assertField(
          () -> new HourSubmission(ada, sol, MAR_31, MAR_31.plusDays(5), List.of(held), NOW),
          "from");
      assertField(
          () -> new HourSubmission(ada, sol, MAR_1.minusDays(3), MAR_1, List.of(held), NOW),
          "from");
    }
    HourSubmission april =
        new HourSubmission(
            ada, sol, MAR_31.plusDays(1), MAR_31.plusDays(30), List.of(pending), NOW);
    assertThat(april.status()).isEqualTo(SubmissionStatus.PENDING);
  }

  @Test
  void onlyTheSupervisorSubmittedToDecidesAndOnlyOnce() {
    HourSubmission s = march(List.of());

    assertField(() -> s.approve(kit, null, NOW), "supervisor");
    assertField(() -> s.approve(ada, null, NOW), "supervisor");
    s.approve(sol, "Well kept.", NOW);

    assertThat(s.status()).isEqualTo(SubmissionStatus.APPROVED);
    assertThat(s.comment()).hasValue("Well kept.");
    assertThat(s.decidedAt()).hasValue(NOW);
    assertThatThrownBy(() -> s.returnWith(sol, "Late second thoughts", NOW))
        .isInstanceOf(ApprovalLocked.class)
        .hasMessageContaining("decided already");
  }

  @Test
  void aReturnNeedsACommentAndFreesThePeriodForAResubmission() {
    HourSubmission s = march(List.of());

    assertField(() -> s.returnWith(sol, "  ", NOW), "comment");
    assertThat(s.status()).isEqualTo(SubmissionStatus.PENDING);
    s.returnWith(sol, "Session of 12 March is missing its minutes.", NOW);

    assertThat(s.status()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(s.holdsPeriod()).isFalse();
    HourSubmission.requireOpen(List.of(s), LocalDate.of(2026, 3, 12));
    HourSubmission again = march(List.of(s));
    assertThat(again.status()).isEqualTo(SubmissionStatus.PENDING);
    assertThatThrownBy(() -> s.reopen(ada, NOW)).isInstanceOf(ApprovalLocked.class);
  }

  @Test
  void waitingAndApprovedPeriodsLockTheirDaysWithTheReasonAndTheWayOut() {
    HourSubmission s = march(List.of());
    LocalDate inside = LocalDate.of(2026, 3, 12);

    assertThatThrownBy(() -> HourSubmission.requireOpen(List.of(s), inside))
        .isInstanceOf(ApprovalLocked.class)
        .hasMessageContaining("waits for your supervisor's approval")
        .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("signedOff"));
    s.approve(sol, null, NOW);
    assertThatThrownBy(() -> HourSubmission.requireOpen(List.of(s), MAR_31.plusDays(1), inside))
        .isInstanceOf(ApprovalLocked.class)
        .hasMessageContaining("approved")
        .hasMessageContaining("reopen");
    HourSubmission.requireOpen(List.of(s), MAR_1.minusDays(1), MAR_31.plusDays(1), null);
  }

  @Test
  void theTraineeReopensAnApprovedPeriodWhichThenNoLongerCountsOrLocks() {
    HourSubmission s = march(List.of());
    s.approve(sol, null, NOW);
    LocalDate inside = LocalDate.of(2026, 3, 12);
    assertThat(HourSubmission.statusOn(List.of(s), inside)).isEqualTo(HourStatus.APPROVED);

    assertField(() -> s.reopen(sol, NOW), "trainee");
    s.reopen(ada, NOW);

    assertThat(s.status()).isEqualTo(SubmissionStatus.REOPENED);
    assertThat(s.reopenedAt()).hasValue(NOW);
    assertThat(HourSubmission.statusOn(List.of(s), inside)).isEqualTo(HourStatus.NOT_SUBMITTED);
    HourSubmission.requireOpen(List.of(s), inside);
    assertThat(march(List.of(s)).status()).isEqualTo(SubmissionStatus.PENDING);
  }

  @Test
  void anEntrysStatusFollowsTheSubmissionsCoveringItsDay() {
    HourSubmission returned = march(List.of());
    returned.returnWith(sol, "Fix it", NOW);
    HourSubmission pending = march(List.of(returned));
    HourSubmission april =
        new HourSubmission(
            ada, sol, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), List.of(), NOW);
    april.approve(sol, null, NOW);
    List<HourSubmission> all = List.of(returned, pending, april);

    assertThat(HourSubmission.statusOn(all, MAR_1)).isEqualTo(HourStatus.SUBMITTED);
    assertThat(HourSubmission.statusOn(all, LocalDate.of(2026, 4, 2)))
        .isEqualTo(HourStatus.APPROVED);
    assertThat(HourSubmission.statusOn(all, LocalDate.of(2026, 5, 2)))
        .isEqualTo(HourStatus.NOT_SUBMITTED);
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOf(DomainRuleViolation.class)
        .satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo(field));
  }
}
