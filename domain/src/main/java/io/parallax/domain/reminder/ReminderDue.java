package io.parallax.domain.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Optional;

/**
 * Who is due a reminder on a school's {@code today}, as a period key: the same thing in the same
 * period has the same key, and a key already sent is not sent again ({@link SentReminder}). Pure
 * date arithmetic, so a rerun on the same day, or on another node, reaches the same keys.
 *
 * <ul>
 *   <li>Idle trainee: no client session since {@code since} (the last one's day, else the day they
 *       joined) for {@code days} days or more; once per stretch of {@code days} days, so a trainee
 *       idle for twice as long is reminded a second time.
 *   <li>Waiting submissions: the oldest waiting submission was handed in more than {@code days}
 *       days ago; once per stretch of {@code days} days for that submission.
 *   <li>Digest: once per ISO week, on the digest's weekday or, if it was missed (no run, a failed
 *       send), on a later day of the same week.
 * </ul>
 */
public final class ReminderDue {

  private ReminderDue() {}

  /** The idle reminder's period, if a trainee idle since {@code since} is due one. */
  public static Optional<String> idle(LocalDate since, LocalDate today, int days) {
    if (since == null || days < 1 || since.isAfter(today)) {
      return Optional.empty();
    }
    long idle = ChronoUnit.DAYS.between(since, today);
    return idle < days ? Optional.empty() : Optional.of("idle/" + since + "/" + idle / days);
  }

  /** The waiting reminder's period, if the oldest submission handed in on {@code oldest} is due. */
  public static Optional<String> waiting(LocalDate oldest, LocalDate today, int days) {
    if (oldest == null || days < 1 || oldest.isAfter(today)) {
      return Optional.empty();
    }
    long waited = ChronoUnit.DAYS.between(oldest, today);
    return waited <= days
        ? Optional.empty()
        : Optional.of("waiting/" + oldest + "/" + (waited - 1) / days);
  }

  /** The digest's period (its ISO week), from the digest's weekday {@code on} to the week's end. */
  public static Optional<String> digest(LocalDate today, DayOfWeek on) {
    if (today.getDayOfWeek().compareTo(on) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "digest/%d-W%02d",
            today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /** Whether a reminder of {@code period} goes out: switched on, due, and not sent before. */
  public static boolean send(boolean switchedOn, Optional<String> period, Collection<String> sent) {
    return switchedOn && period.isPresent() && !sent.contains(period.get());
  }
}
