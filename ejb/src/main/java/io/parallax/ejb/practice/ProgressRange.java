package io.parallax.ejb.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The period a trainee's progress dashboard covers, first and last day inclusive; an open end
 * (null) reaches back to the first session or forward to the last. The default is the whole
 * history. "Last n months" are calendar months, the current one included, so that the
 * month-by-month charts show whole months.
 */
public record ProgressRange(LocalDate from, LocalDate to) implements Serializable {

  /** The spans a trainee picks from. */
  public enum Span {
    ALL,
    LAST_3_MONTHS,
    LAST_6_MONTHS,
    LAST_12_MONTHS,
    COHORT,
    CUSTOM
  }

  /** Refuses a range whose first day is after its last, at the field {@code from}. */
  public ProgressRange {
    require(
        from == null || to == null || !from.isAfter(to), "from", "traineeProgress.range", from, to);
  }

  public static ProgressRange whole() {
    return new ProgressRange(null, null);
  }

  /**
   * The range of {@code span} on {@code today}: the cohort's span is {@code cohort} (null when the
   * trainee is in none: refused at {@code span}); a custom one needs both days (each missing one
   * refused at its field, {@code from} or {@code to}).
   */
  public static ProgressRange of(
      Span span, LocalDate today, ProgressRange cohort, LocalDate from, LocalDate to) {
    if (span == null) {
      return whole();
    }
    return switch (span) {
      case ALL -> whole();
      case LAST_3_MONTHS -> lastMonths(3, today);
      case LAST_6_MONTHS -> lastMonths(6, today);
      case LAST_12_MONTHS -> lastMonths(12, today);
      case COHORT -> {
        require(cohort != null, "span", "traineeProgress.range.cohort");
        yield cohort;
      }
      case CUSTOM -> {
        require(from != null, "from", "traineeProgress.range.missing");
        require(to != null, "to", "traineeProgress.range.missing");
        yield new ProgressRange(from, to);
      }
    };
  }

  /** The {@code months} calendar months up to {@code today}'s, to {@code today}. */
  static ProgressRange lastMonths(int months, LocalDate today) {
    return new ProgressRange(today.withDayOfMonth(1).minusMonths(months - 1L), today);
  }

  /** Whether the range is the whole history (both ends open). */
  public boolean isWhole() {
    return from == null && to == null;
  }
}
