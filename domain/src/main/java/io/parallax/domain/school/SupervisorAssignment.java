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
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supervisor supervises a trainee from a date, until an optional end date (inclusive). A
 * supervisor sees and records only for the trainees assigned to them, on the dates assigned.
 */
@Entity
@Table(name = "supervisor_assignment")
@NamedQuery(
    name = SupervisorAssignment.COVERING,
    query =
        "select a from SupervisorAssignment a where a.supervisor = :supervisor"
            + " and a.trainee = :trainee and a.startsOn <= :date"
            + " and (a.endsOn is null or a.endsOn >= :date)")
@NamedQuery(
    name = SupervisorAssignment.OF_SUPERVISOR_ON,
    query =
        "select distinct a.trainee from SupervisorAssignment a where a.supervisor = :supervisor"
            + " and a.startsOn <= :date and (a.endsOn is null or a.endsOn >= :date)")
@NamedQuery(
    name = SupervisorAssignment.OVERLAPPING,
    query =
        "select a from SupervisorAssignment a where a.supervisor = :supervisor"
            + " and a.trainee = :trainee and a.startsOn <= :to"
            + " and (a.endsOn is null or a.endsOn >= :from)")
@NamedQuery(
    name = SupervisorAssignment.OF_PAIR,
    query =
        "select a from SupervisorAssignment a where a.supervisor = :supervisor"
            + " and a.trainee = :trainee")
public class SupervisorAssignment extends SchoolOwned {

  /**
   * The assignments of {@code supervisor} to {@code trainee} that overlap {@code from}–{@code to}.
   */
  public static final String OVERLAPPING = "SupervisorAssignment.overlapping";

  /** Every assignment, past or present, of {@code supervisor} to {@code trainee}. */
  public static final String OF_PAIR = "SupervisorAssignment.ofPair";

  /** The trainees a supervisor is assigned to on a date. */
  public static final String OF_SUPERVISOR_ON = "SupervisorAssignment.ofSupervisorOn";

  /** The assignments of {@code supervisor} to {@code trainee} that cover {@code date}. */
  public static final String COVERING = "SupervisorAssignment.covering";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
  private Person supervisor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "trainee_id", nullable = false, updatable = false)
  private Person trainee;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected SupervisorAssignment() {}

  public SupervisorAssignment(
      Person supervisor, Person trainee, LocalDate startsOn, LocalDate endsOn) {
    require(supervisor != null, "supervisor", "supervisorAssignment.supervisor");
    require(trainee != null, "trainee", "supervisorAssignment.trainee");
    require(!supervisor.id().equals(trainee.id()), "trainee", "supervisorAssignment.trainee.2");
    supervisor.requireActive(MemberRole.SUPERVISOR, "supervisor");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");
    require(startsOn != null, "startsOn", "supervisorAssignment.startsOn");
    this.supervisor = supervisor;
    this.trainee = trainee;
    this.startsOn = startsOn;
    endOn(endsOn);
  }

  /** Ends the assignment on {@code date} (inclusive); null keeps it open. */
  public void endOn(LocalDate date) {
    require(
        date == null || !date.isBefore(startsOn),
        "endsOn",
        "supervisorAssignment.endsOn",
        date,
        startsOn);
    this.endsOn = date;
  }

  /** Whether the assignment runs on {@code date}. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
  }

  public Person supervisor() {
    return supervisor;
  }

  public Person trainee() {
    return trainee;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }
}
