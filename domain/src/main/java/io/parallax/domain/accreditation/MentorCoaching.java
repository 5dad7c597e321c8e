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
 * A mentor-coaching session a trainee received: who mentored them (by name: mentors are often
 * outside the school), when, how long, and whether one-to-one or in a group. ICF asks for mentor
 * coaching over a span of months with a share one-to-one.
 */
@Entity
@Table(name = "mentor_coaching")
@NamedQuery(
    name = MentorCoaching.OF_TRAINEE,
    query =
        "select m from MentorCoaching m where m.trainee = :trainee order by m.heldOn desc, m.id")
public class MentorCoaching extends SchoolOwned {

  /** A trainee's mentor coaching, latest first. */
  public static final String OF_TRAINEE = "MentorCoaching.ofTrainee";

  public static final int MAX_MINUTES = 600;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(name = "mentor_name", nullable = false, length = Text.NAME_LENGTH)
  private String mentorName;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false)
  private int minutes;

  @Column(name = "one_to_one", nullable = false)
  private boolean oneToOne;

  protected MentorCoaching() {}

  public MentorCoaching(
      Person trainee, String mentorName, LocalDate heldOn, int minutes, boolean oneToOne) {
    require(trainee != null, "trainee", "mentorCoaching.trainee");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    this.trainee = trainee;
    edit(mentorName, heldOn, minutes, oneToOne);
  }

  /** Corrects the record: mentor, day (not in the future), 1 to 600 minutes, one-to-one or not. */
  public void edit(String mentorName, LocalDate heldOn, int minutes, boolean oneToOne) {
    this.mentorName = Text.name(mentorName, "mentorName", "mentorCoaching.mentorName");
    NotInTheFuture.require(
        heldOn, "heldOn", DomainRuleViolation.phrase("mentorCoaching.heldOn.what"));
    require(
        minutes >= 1 && minutes <= MAX_MINUTES,
        "minutes",
        "mentorCoaching.minutes",
        MAX_MINUTES,
        minutes);
    this.heldOn = heldOn;
    this.minutes = minutes;
    this.oneToOne = oneToOne;
  }

  public Person trainee() {
    return trainee;
  }

  public String mentorName() {
    return mentorName;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public int minutes() {
    return minutes;
  }

  public boolean oneToOne() {
    return oneToOne;
  }
}
