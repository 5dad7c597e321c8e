package io.parallax.domain;

import java.time.LocalDate;
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

  /**
   * {@code what} names the thing that happened, e.g. {@code phrase("practiceSession.heldOn.what")}.
   */
  public static void require(LocalDate date, String field, DomainRuleViolation.Phrase what) {
    DomainRuleViolation.require(date != null, field, "notInTheFuture.missing", what);
    DomainRuleViolation.require(
        !date.isAfter(latestToday()), field, "notInTheFuture.after", what, date);
  }
}
