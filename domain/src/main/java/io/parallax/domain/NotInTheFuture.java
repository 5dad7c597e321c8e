package io.parallax.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The rule for dates of things that have happened (sessions, the end of initial training): not
 * after today. "Today" is taken where it is latest on earth (UTC+14), so a school anywhere can log
 * a session on its own today without the server's time zone refusing it.
 */
public final class NotInTheFuture {

  private NotInTheFuture() {}

  public static LocalDate latestToday() {
    return LocalDate.now(ZoneOffset.ofHours(14));
  }

  /** The day it is in {@code zone} at {@code now}: a school's "today". */
  public static LocalDate todayIn(ZoneId zone, Instant now) {
    return now.atZone(zone).toLocalDate();
  }

  /**
   * The rule in one school's day: {@code date} is not after today in {@code zone} at {@code now}.
   * Services apply it with the school's zone; the entities keep the looser rule below.
   */
  public static void require(
      LocalDate date, ZoneId zone, Instant now, String field, DomainRuleViolation.Phrase what) {
    require(date, field, what);
    LocalDate today = todayIn(zone, now);
    DomainRuleViolation.require(
        !date.isAfter(today), field, "notInTheFuture.afterToday", what, date, today, zone.getId());
  }

  /**
   * {@code what} names the thing that happened, e.g. {@code phrase("practiceSession.heldOn.what")}.
   */
  public static void require(LocalDate date, String field, DomainRuleViolation.Phrase what) {
    DomainRuleViolation.require(date != null, field, "notInTheFuture.missing", what);
    DomainRuleViolation.require(
        !date.isAfter(latestToday()), field, "notInTheFuture.after", what, date);
  }
}
