package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A trainee coach's place in a cohort, from the day they were enrolled until, if they withdraw, the
 * day they left. A withdrawn trainee counts in the cohort's figures until that day only.
 */
@Entity
@Table(
    name = "enrolment",
    uniqueConstraints = @UniqueConstraint(columnNames = {"cohort_id", "trainee_id"}))
@NamedQuery(
    name = Enrolment.OF_COHORT_AND_TRAINEE,
    query = "select e from Enrolment e where e.cohort = :cohort and e.trainee = :trainee")
public class Enrolment extends SchoolOwned {

  /** A trainee's enrolment in a cohort, if any. */
  public static final String OF_COHORT_AND_TRAINEE = "Enrolment.ofCohortAndTrainee";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private Cohort cohort;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(name = "enrolled_on", nullable = false)
  private LocalDate enrolledOn;

  public static final int MAX_END_REASON = 500;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = MAX_END_REASON)
  private String endReason;

  protected Enrolment() {}

  public Enrolment(Cohort cohort, Person trainee, LocalDate enrolledOn) {
    require(cohort != null, "cohort", "enrolment.cohort");
    require(cohort.status() == CohortStatus.OPEN, "cohort", "enrolment.cohort.2", cohort.name());
    require(trainee != null, "trainee", "enrolment.trainee");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    require(enrolledOn != null, "enrolledOn", "enrolment.enrolledOn");
    this.cohort = cohort;
    this.trainee = trainee;
    this.enrolledOn = enrolledOn;
  }

  public Cohort cohort() {
    return cohort;
  }

  public Person trainee() {
    return trainee;
  }

  public LocalDate enrolledOn() {
    return enrolledOn;
  }

  /**
   * The trainee withdrew from the cohort on {@code endedOn} for {@code reason}: a day not before
   * the enrolment and not in the future (services check the school's own today), with a reason of
   * at most 500 characters. An enrolment ends once.
   */
  public void withdraw(LocalDate endedOn, String reason) {
    require(this.endedOn == null, "endedOn", "enrolment.withdraw.ended", this.endedOn);
    NotInTheFuture.require(
        endedOn, "endedOn", DomainRuleViolation.phrase("enrolment.endedOn.what"));
    require(
        !endedOn.isBefore(enrolledOn),
        "endedOn",
        "enrolment.endedOn.beforeStart",
        endedOn,
        enrolledOn);
    this.endReason = Text.required(reason, MAX_END_REASON, "reason", "enrolment.reason.missing");
    this.endedOn = endedOn;
  }

  public EnrolmentStatus status() {
    return endedOn == null ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WITHDRAWN;
  }

  /** The day the trainee withdrew; empty while enrolled. */
  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public Optional<String> endReason() {
    return Optional.ofNullable(endReason);
  }
}
