package io.parallax.domain.reminder;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A school's reminder settings: after how many days without a client session a trainee is reminded,
 * and after how many days of waiting a supervisor is. A school without a row uses the defaults. A
 * value out of range is refused, never clamped.
 */
@Entity
@Table(name = "reminder_policy")
@NamedQuery(name = ReminderPolicy.OF_SCHOOL, query = "select p from ReminderPolicy p")
public class ReminderPolicy extends SchoolOwned {

  /** The bound school's settings (at most one row). */
  public static final String OF_SCHOOL = "ReminderPolicy.ofSchool";

  public static final int DEFAULT_IDLE_DAYS = 14;
  public static final int DEFAULT_WAITING_DAYS = 7;
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 365;

  @Column(name = "idle_days", nullable = false)
  private int idleDays;

  @Column(name = "waiting_days", nullable = false)
  private int waitingDays;

  /** The defaults, for a school that has not changed them. */
  public ReminderPolicy() {
    this.idleDays = DEFAULT_IDLE_DAYS;
    this.waitingDays = DEFAULT_WAITING_DAYS;
  }

  /** Changes both settings, refusing a missing or out-of-range value at its field. */
  public void change(Integer idleDays, Integer waitingDays) {
    requireDays(idleDays, "idleDays");
    requireDays(waitingDays, "waitingDays");
    this.idleDays = idleDays;
    this.waitingDays = waitingDays;
  }

  private static void requireDays(Integer days, String field) {
    require(
        days != null && days >= MIN_DAYS && days <= MAX_DAYS,
        field,
        "reminderPolicy.days",
        MIN_DAYS,
        MAX_DAYS);
  }

  public int idleDays() {
    return idleDays;
  }

  public int waitingDays() {
    return waitingDays;
  }
}
