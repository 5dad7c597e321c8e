package io.parallax.domain.reminder;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder that went out: to whom, of which kind, for which period ({@link ReminderDue}). The
 * table's unique key (school, person, kind, period) refuses a second one, so a rerun, or a second
 * node, cannot send it again.
 */
@Entity
@Table(name = "reminder_sent")
@NamedQuery(
    name = SentReminder.KEYS,
    query = "select s.person.id, s.kind, s.periodKey from SentReminder s where s.sentAt >= :since")
public class SentReminder extends SchoolOwned {

  /** (person id, kind, period key) of the reminders sent since {@code since}. */
  public static final String KEYS = "SentReminder.keys";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private ReminderKind kind;

  @Column(name = "period_key", nullable = false, updatable = false, length = 80)
  private String periodKey;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected SentReminder() {}

  public SentReminder(Person person, ReminderKind kind, String periodKey, Instant sentAt) {
    require(person != null, "person", "sentReminder.person");
    require(kind != null, "kind", "sentReminder.kind");
    require(periodKey != null && !periodKey.isBlank(), "periodKey", "sentReminder.periodKey");
    require(sentAt != null, "sentAt", "sentReminder.sentAt");
    this.person = person;
    this.kind = kind;
    this.periodKey = periodKey;
    this.sentAt = sentAt;
  }

  public Person person() {
    return person;
  }

  public ReminderKind kind() {
    return kind;
  }

  public String periodKey() {
    return periodKey;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
