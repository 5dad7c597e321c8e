package io.parallax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today" is the school's day: the same instant is a different date in Auckland and in UTC. */
class NotInTheFutureTest {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
  private static final LocalDate NOV_29 = LocalDate.of(2026, 11, 29);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  private static final DomainRuleViolation.Phrase A_SESSION =
      DomainRuleViolation.phrase("practiceSession.heldOn.what");

  /** 23:30 on 29 November in Auckland (NZDT, UTC+13) is 10:30 UTC the same day. */
  private static final Instant HALF_PAST_ELEVEN_IN_AUCKLAND = Instant.parse("2026-11-29T10:30:00Z");

  /** An hour later it is 00:30 on 30 November in Auckland, still 29 November in UTC. */
  private static final Instant HALF_PAST_MIDNIGHT_IN_AUCKLAND =
      Instant.parse("2026-11-29T11:30:00Z");

  @Test
  void at2330InAucklandTomorrowIsRefusedThereAndInUtc() {
    assertThat(NotInTheFuture.todayIn(AUCKLAND, HALF_PAST_ELEVEN_IN_AUCKLAND)).isEqualTo(NOV_29);
    assertThatCode(
            () ->
                NotInTheFuture.require(
                    NOV_29, AUCKLAND, HALF_PAST_ELEVEN_IN_AUCKLAND, "heldOn", A_SESSION))
        .doesNotThrowAnyException();
    assertRefused(NOV_30, AUCKLAND, HALF_PAST_ELEVEN_IN_AUCKLAND);
    assertRefused(NOV_30, ZoneOffset.UTC, HALF_PAST_ELEVEN_IN_AUCKLAND);
  }

  @Test
  void afterMidnightInAucklandItsNewDayIsTodayThereButTomorrowInUtc() {
    assertThat(NotInTheFuture.todayIn(AUCKLAND, HALF_PAST_MIDNIGHT_IN_AUCKLAND)).isEqualTo(NOV_30);
    assertThat(NotInTheFuture.todayIn(ZoneOffset.UTC, HALF_PAST_MIDNIGHT_IN_AUCKLAND))
        .isEqualTo(NOV_29);
    assertThatCode(
            () ->
                NotInTheFuture.require(
                    NOV_30, AUCKLAND, HALF_PAST_MIDNIGHT_IN_AUCKLAND, "heldOn", A_SESSION))
        .doesNotThrowAnyException();
    assertRefused(NOV_30, ZoneOffset.UTC, HALF_PAST_MIDNIGHT_IN_AUCKLAND);
  }

  @Test
  void aMissingDateIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                NotInTheFuture.require(
                    null, AUCKLAND, HALF_PAST_MIDNIGHT_IN_AUCKLAND, "heldOn", A_SESSION))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("heldOn"));
  }

  private static void assertRefused(LocalDate date, ZoneId zone, Instant now) {
    assertThatThrownBy(() -> NotInTheFuture.require(date, zone, now, "heldOn", A_SESSION))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("heldOn");
              assertThat(v.getMessage()).contains("after today").contains(zone.getId());
            });
  }
}
