package io.parallax.domain.accreditation;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * A trainee's log of a period (first to last day, inclusive) submitted to the supervisor assigned
 * to them for the whole period, who approves it or returns it with a comment. Only hours in an
 * approved period count toward a requirement.
 *
 * <p>The rule for changes: a waiting or approved period holds its entries — the trainee's client
 * sessions, mentor coaching and CPD on its days can be neither added, changed nor removed, and no
 * other submission may overlap it. To change one, the trainee <em>reopens</em> the submission: it
 * stops counting (its hours are "not submitted" again), the entries open, and the corrected period
 * is submitted anew for a fresh decision. A returned period holds nothing: the trainee corrects and
 * submits it again.
 */
@Entity
@Table(name = "hour_submission")
@NamedQuery(
    name = HourSubmission.OF_TRAINEE,
    query =
        "select s from HourSubmission s where s.trainee = :trainee"
            + " order by s.fromOn desc, s.submittedAt desc, s.id")
@NamedQuery(
    name = HourSubmission.WAITING_FOR,
    query =
        "select s from HourSubmission s join fetch s.trainee where s.supervisor = :supervisor"
            + " and s.status = io.parallax.domain.accreditation.SubmissionStatus.PENDING"
            + " order by s.submittedAt, s.id")
@NamedQuery(
    name = HourSubmission.HOLDING,
    query =
        "select s from HourSubmission s where s.trainee = :trainee"
            + " and s.status in (io.parallax.domain.accreditation.SubmissionStatus.PENDING,"
            + " io.parallax.domain.accreditation.SubmissionStatus.APPROVED)"
            + " order by s.fromOn")
public class HourSubmission extends SchoolOwned {

  /** A trainee's submissions, latest period first. */
  public static final String OF_TRAINEE = "HourSubmission.ofTrainee";

  /** The submissions waiting for {@code supervisor}'s decision, oldest first. */
  public static final String WAITING_FOR = "HourSubmission.waitingFor";

  /** A trainee's waiting and approved submissions: those that hold their period. */
  public static final String HOLDING = "HourSubmission.holding";

  public static final int MAX_COMMENT = 2000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
  private Person supervisor;

  @Column(name = "from_on", nullable = false, updatable = false)
  private LocalDate fromOn;

  @Column(name = "to_on", nullable = false, updatable = false)
  private LocalDate toOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SubmissionStatus status;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reopened_at")
  private Instant reopenedAt;

  @Column(length = MAX_COMMENT)
  private String comment;

  protected HourSubmission() {}

  /**
   * Submits {@code fromOn}–{@code toOn} of {@code trainee}'s log to {@code supervisor}, provided no
   * submission in {@code others} (the trainee's) holds a day of it.
   */
  public HourSubmission(
      Person trainee,
      Person supervisor,
      LocalDate fromOn,
      LocalDate toOn,
      Collection<HourSubmission> others,
      Instant at) {
    require(trainee != null, "trainee", "hourSubmission.trainee");
    require(supervisor != null, "supervisor", "hourSubmission.supervisor");
    require(fromOn != null, "from", "hourSubmission.from");
    require(toOn != null, "to", "hourSubmission.to");
    require(!toOn.isBefore(fromOn), "to", "hourSubmission.to.order", fromOn, toOn);
    for (HourSubmission other : others) {
      require(
          !other.holdsPeriod() || !other.overlaps(fromOn, toOn),
          "from",
          "hourSubmission.overlap",
          other.fromOn,
          other.toOn);
    }
    this.trainee = trainee;
    this.supervisor = supervisor;
    this.fromOn = fromOn;
    this.toOn = toOn;
    this.status = SubmissionStatus.PENDING;
    this.submittedAt = at;
  }

  /** The supervisor approves the waiting period, with an optional comment. */
  public void approve(Person by, String comment, Instant at) {
    decide(by, at);
    this.comment = Text.optional(comment, MAX_COMMENT, "comment");
    this.status = SubmissionStatus.APPROVED;
  }

  /** The supervisor returns the waiting period, saying what to correct. */
  public void returnWith(Person by, String comment, Instant at) {
    decide(by, at);
    this.comment = Text.required(comment, MAX_COMMENT, "comment", "hourSubmission.comment");
    this.status = SubmissionStatus.RETURNED;
  }

  /** The trainee takes a waiting or approved period back to correct it: it no longer counts. */
  public void reopen(Person by, Instant at) {
    require(by != null && by.id().equals(trainee.id()), "trainee", "hourSubmission.reopen.who");
    if (!holdsPeriod()) {
      throw new ApprovalLocked("hourSubmission.reopen.state");
    }
    this.status = SubmissionStatus.REOPENED;
    this.reopenedAt = at;
  }

  private void decide(Person by, Instant at) {
    require(mayDecide(by), "supervisor", "hourSubmission.decider");
    if (status != SubmissionStatus.PENDING) {
      throw new ApprovalLocked("hourSubmission.decided");
    }
    this.decidedAt = at;
  }

  /** Whether {@code person} is the supervisor this period was submitted to. */
  public boolean mayDecide(Person person) {
    return person != null && person.id().equals(supervisor.id());
  }

  /** Whether this submission holds its period: waiting or approved. */
  public boolean holdsPeriod() {
    return status.holdsPeriod();
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(fromOn) && !day.isAfter(toOn);
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(toOn) && !to.isBefore(fromOn);
  }

  /**
   * Refuses a change of an entry on {@code day} (each day given: the old and the new) when one of
   * {@code submissions} holds it.
   */
  public static void requireOpen(Collection<HourSubmission> submissions, LocalDate... days) {
    for (HourSubmission s : submissions) {
      for (LocalDate day : days) {
        if (day != null && s.holdsPeriod() && s.covers(day)) {
          throw new ApprovalLocked(
              s.status == SubmissionStatus.APPROVED
                  ? "hourSubmission.locked.approved"
                  : "hourSubmission.locked.pending",
              s.fromOn,
              s.toOn);
        }
      }
    }
  }

  /** Where an entry on {@code day} stands, given the trainee's {@code submissions}. */
  public static HourStatus statusOn(Collection<HourSubmission> submissions, LocalDate day) {
    HourStatus found = HourStatus.NOT_SUBMITTED;
    for (HourSubmission s : submissions) {
      if (s.covers(day) && s.status == SubmissionStatus.APPROVED) {
        return HourStatus.APPROVED;
      }
      if (s.covers(day) && s.status == SubmissionStatus.PENDING) {
        found = HourStatus.SUBMITTED;
      }
    }
    return found;
  }

  public Person trainee() {
    return trainee;
  }

  public Person supervisor() {
    return supervisor;
  }

  public LocalDate fromOn() {
    return fromOn;
  }

  public LocalDate toOn() {
    return toOn;
  }

  public SubmissionStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Instant> reopenedAt() {
    return Optional.ofNullable(reopenedAt);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }
}
