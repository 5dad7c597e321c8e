package io.parallax.ejb.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period a trend is reported by. Periods are numbered so that the database can group by them: a
 * month by {@code 12 × year + month − 1}, a week (Monday to Sunday) by the number of whole weeks
 * since Monday 1970-01-05.
 */
public enum ReportPeriod {
  WEEK,
  MONTH;

  static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

  /** The number of the period {@code day} falls in. */
  public long numberOf(LocalDate day) {
    return switch (this) {
      case MONTH -> 12L * day.getYear() + day.getMonthValue() - 1;
      case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(FIRST_MONDAY, day), 7);
    };
  }

  /** The first day of period number {@code number}. */
  public LocalDate startOf(long number) {
    return switch (this) {
      case MONTH -> LocalDate.of((int) Math.floorDiv(number, 12), (int) (number % 12) + 1, 1);
      case WEEK -> FIRST_MONDAY.plusWeeks(number);
    };
  }

  /** The first day of the period {@code day} falls in. */
  public LocalDate startOfPeriodOf(LocalDate day) {
    return this == WEEK ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
  }
}
