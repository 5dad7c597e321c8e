package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** A trainee coach's place in a cohort. */
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
}
