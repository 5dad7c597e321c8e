package io.parallax.domain.reminder;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * A member's reminder switches and the language their reminders are written in. A member without a
 * row gets every reminder of their roles, in English; the row is written the first time they change
 * a switch, and each change records the language they used.
 */
@Entity
@Table(name = "reminder_choice")
@NamedQuery(
    name = ReminderChoice.OF_PERSON,
    query = "select c from ReminderChoice c where c.person.id = :person")
@NamedQuery(name = ReminderChoice.IN_SCHOOL, query = "select c from ReminderChoice c")
public class ReminderChoice extends SchoolOwned {

  public static final String OF_PERSON = "ReminderChoice.ofPerson";
  public static final String IN_SCHOOL = "ReminderChoice.inSchool";

  /** The languages reminders are written in. */
  public static final Set<String> LANGUAGES = Set.of("en", "de");

  public static final String DEFAULT_LANGUAGE = "en";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Column(name = "idle_on", nullable = false)
  private boolean idleOn = true;

  @Column(name = "waiting_on", nullable = false)
  private boolean waitingOn = true;

  @Column(name = "digest_on", nullable = false)
  private boolean digestOn = true;

  @Column(nullable = false, length = 16)
  private String language = DEFAULT_LANGUAGE;

  protected ReminderChoice() {}

  /** Every reminder on, in English. */
  public ReminderChoice(Person person) {
    require(person != null, "person", "reminderChoice.person");
    this.person = person;
  }

  /** Whether {@code kind} is switched on. */
  public boolean isOn(ReminderKind kind) {
    return switch (kind) {
      case IDLE_TRAINEE -> idleOn;
      case WAITING_SUBMISSIONS -> waitingOn;
      case READINESS_DIGEST -> digestOn;
    };
  }

  /** Switches {@code kind} on or off. */
  public void switchTo(ReminderKind kind, boolean on) {
    switch (kind) {
      case IDLE_TRAINEE -> idleOn = on;
      case WAITING_SUBMISSIONS -> waitingOn = on;
      case READINESS_DIGEST -> digestOn = on;
    }
  }

  /**
   * Writes the member's reminders in {@code language} (a language the mails exist in, else
   * English).
   */
  public void writeIn(String language) {
    this.language = language(language);
  }

  /** {@code tag}'s language if reminders exist in it, else English. */
  public static String language(String tag) {
    if (tag == null) {
      return DEFAULT_LANGUAGE;
    }
    String lang = tag.trim().toLowerCase(java.util.Locale.ROOT);
    int dash = lang.indexOf('-');
    lang = dash > 0 ? lang.substring(0, dash) : lang;
    return LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
  }

  public Person person() {
    return person;
  }

  public String language() {
    return language;
  }
}
