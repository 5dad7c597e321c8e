package io.parallax.ejb.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.practice.ProgressRange.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The periods a trainee's progress dashboard covers, and the ranges it refuses at their field. */
class ProgressRangeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final ProgressRange COHORT =
      new ProgressRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30));

  private static void refusedAt(String field, String key, Runnable pick) {
    assertThatThrownBy(pick::run)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo(field);
              assertThat(v.key()).isEqualTo(key);
            });
  }

  @Test
  void theDefaultIsTheWholeHistory() {
    assertThat(ProgressRange.of(null, TODAY, null, null, null).isWhole()).isTrue();
    assertThat(ProgressRange.of(Span.ALL, TODAY, COHORT, TODAY, TODAY).isWhole()).isTrue();
  }

  @Test
  void theLastMonthsAreWholeCalendarMonthsUpToToday() {
    assertThat(ProgressRange.of(Span.LAST_3_MONTHS, TODAY, null, null, null))
        .isEqualTo(new ProgressRange(LocalDate.of(2026, 9, 1), TODAY));
    assertThat(ProgressRange.of(Span.LAST_6_MONTHS, TODAY, null, null, null))
        .isEqualTo(new ProgressRange(LocalDate.of(2026, 6, 1), TODAY));
    assertThat(ProgressRange.of(Span.LAST_12_MONTHS, TODAY, null, null, null))
        .isEqualTo(new ProgressRange(LocalDate.of(2025, 12, 1), TODAY));
  }

  @Test
  void theCohortsSpanIsTheCohortsDaysAndRefusedWithoutACohort() {
    assertThat(ProgressRange.of(Span.COHORT, TODAY, COHORT, null, null)).isEqualTo(COHORT);
    refusedAt(
        "span",
        "traineeProgress.range.cohort",
        () -> ProgressRange.of(Span.COHORT, TODAY, null, null, null));
  }

  @Test
  void aCustomRangeNeedsBothDaysInOrder() {
    LocalDate may1 = LocalDate.of(2026, 5, 1);
    assertThat(ProgressRange.of(Span.CUSTOM, TODAY, null, may1, may1))
        .isEqualTo(new ProgressRange(may1, may1));
    refusedAt(
        "from",
        "traineeProgress.range.missing",
        () -> ProgressRange.of(Span.CUSTOM, TODAY, null, null, may1));
    refusedAt(
        "to",
        "traineeProgress.range.missing",
        () -> ProgressRange.of(Span.CUSTOM, TODAY, null, may1, null));
    refusedAt(
        "from",
        "traineeProgress.range",
        () -> ProgressRange.of(Span.CUSTOM, TODAY, null, may1.plusDays(1), may1));
  }
}
