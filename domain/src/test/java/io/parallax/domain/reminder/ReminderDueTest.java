package io.parallax.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who is due a reminder on a given day: dates, N days, switches and what was sent already. */
class ReminderDueTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Test
  void aTraineeIsDueOnceTheirLastSessionIsNDaysAgoAndAgainAfterTwiceN() {
    LocalDate last = MONDAY.minusDays(14);

    assertThat(ReminderDue.idle(last, MONDAY.minusDays(1), 14)).isEmpty();
    assertThat(ReminderDue.idle(last, MONDAY, 14)).hasValue("idle/2026-11-16/1");
    assertThat(ReminderDue.idle(last, MONDAY.plusDays(13), 14)).hasValue("idle/2026-11-16/1");
    assertThat(ReminderDue.idle(last, MONDAY.plusDays(14), 14)).hasValue("idle/2026-11-16/2");
  }

  @Test
  void aNewSessionStartsANewPeriod() {
    assertThat(ReminderDue.idle(MONDAY.minusDays(3), MONDAY, 14)).isEmpty();
    assertThat(ReminderDue.idle(MONDAY.minusDays(20), MONDAY, 14))
        .isNotEqualTo(ReminderDue.idle(MONDAY.minusDays(15), MONDAY, 14));
  }

  @Test
  void nothingIsDueWithoutADayToCountFrom() {
    assertThat(ReminderDue.idle(null, MONDAY, 14)).isEmpty();
    assertThat(ReminderDue.idle(MONDAY.plusDays(1), MONDAY, 14)).isEmpty();
    assertThat(ReminderDue.waiting(null, MONDAY, 7)).isEmpty();
  }

  @Test
  void aSupervisorIsDueOnlyOnceASubmissionWaitedMoreThanNDays() {
    LocalDate handedIn = MONDAY.minusDays(7);

    assertThat(ReminderDue.waiting(handedIn, MONDAY, 7)).isEmpty();
    assertThat(ReminderDue.waiting(handedIn, MONDAY.plusDays(1), 7))
        .hasValue("waiting/2026-11-23/1");
    assertThat(ReminderDue.waiting(handedIn, MONDAY.plusDays(7), 7))
        .hasValue("waiting/2026-11-23/1");
    assertThat(ReminderDue.waiting(handedIn, MONDAY.plusDays(8), 7))
        .hasValue("waiting/2026-11-23/2");
  }

  @Test
  void theDigestIsDueFromItsWeekdayToTheEndOfTheWeekOncePerIsoWeek() {
    assertThat(ReminderDue.digest(MONDAY.minusDays(1), DayOfWeek.MONDAY))
        .hasValue("digest/2026-W48");
    assertThat(ReminderDue.digest(MONDAY, DayOfWeek.MONDAY)).hasValue("digest/2026-W49");
    assertThat(ReminderDue.digest(MONDAY.plusDays(3), DayOfWeek.MONDAY))
        .hasValue("digest/2026-W49");
    assertThat(ReminderDue.digest(MONDAY.plusDays(1), DayOfWeek.WEDNESDAY)).isEmpty();
    assertThat(ReminderDue.digest(MONDAY.plusDays(2), DayOfWeek.WEDNESDAY))
        .hasValue("digest/2026-W49");
  }

  @Test
  void aReminderGoesOutOnlyWhenSwitchedOnDueAndNotSentBefore() {
    Optional<String> period = Optional.of("idle/2026-11-16/1");

    assertThat(ReminderDue.send(true, period, List.of())).isTrue();
    assertThat(ReminderDue.send(false, period, List.of())).isFalse();
    assertThat(ReminderDue.send(true, Optional.empty(), List.of())).isFalse();
    assertThat(ReminderDue.send(true, period, List.of("idle/2026-11-16/1"))).isFalse();
    assertThat(ReminderDue.send(true, period, List.of("idle/2026-11-02/1"))).isTrue();
  }

  @Test
  void aSchoolsDaysAreRefusedOutOfRangeNeverClamped() {
    ReminderPolicy policy = new ReminderPolicy();

    assertThat(policy.idleDays()).isEqualTo(14);
    assertThat(policy.waitingDays()).isEqualTo(7);
    assertThatThrownBy(() -> policy.change(0, 7))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("from 1 to 365")
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("idleDays");
    assertThatThrownBy(() -> policy.change(14, 366))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("waitingDays");
    assertThatThrownBy(() -> policy.change(null, 7))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("idleDays");
    assertThat(policy.idleDays()).isEqualTo(14);
    policy.change(21, 3);
    assertThat(policy.idleDays()).isEqualTo(21);
    assertThat(policy.waitingDays()).isEqualTo(3);
  }

  @Test
  void remindersAreWrittenInGermanOrEnglish() {
    assertThat(ReminderChoice.language("de-DE")).isEqualTo("de");
    assertThat(ReminderChoice.language("DE")).isEqualTo("de");
    assertThat(ReminderChoice.language("fr")).isEqualTo("en");
    assertThat(ReminderChoice.language(null)).isEqualTo("en");
  }
}
