package io.parallax.domain.accreditation;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Continuing professional development a trainee did (a workshop, a course, reading with
 * reflection): the day, its length and a title. EMCC asks for CPD hours every year.
 */
@Entity
@Table(name = "cpd_entry")
@NamedQuery(
    name = CpdEntry.OF_TRAINEE,
    query = "select c from CpdEntry c where c.trainee = :trainee order by c.heldOn desc, c.id")
public class CpdEntry extends SchoolOwned {

  /** A trainee's CPD, latest first. */
  public static final String OF_TRAINEE = "CpdEntry.ofTrainee";

  /** A CPD entry covers at most a long day (in minutes); longer courses are one entry a day. */
  public static final int MAX_MINUTES = 1440;

  public static final int MAX_TITLE = 200;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  protected CpdEntry() {}

  public CpdEntry(Person trainee, LocalDate heldOn, int minutes, String title) {
    require(trainee != null, "trainee", "cpdEntry.trainee");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    this.trainee = trainee;
    edit(heldOn, minutes, title);
  }

  /** Corrects the entry: day (not in the future), 1 to 1440 minutes, a title. */
  public void edit(LocalDate heldOn, int minutes, String title) {
    NotInTheFuture.require(heldOn, "heldOn", DomainRuleViolation.phrase("cpdEntry.heldOn.what"));
    require(
        minutes >= 1 && minutes <= MAX_MINUTES,
        "minutes",
        "cpdEntry.minutes",
        MAX_MINUTES,
        minutes);
    this.title = Text.required(title, MAX_TITLE, "title", "cpdEntry.title");
    this.heldOn = heldOn;
    this.minutes = minutes;
  }

  public Person trainee() {
    return trainee;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public int minutes() {
    return minutes;
  }

  public String title() {
    return title;
  }
}
