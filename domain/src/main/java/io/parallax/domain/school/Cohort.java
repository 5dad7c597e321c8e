package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A group of trainee coaches who go through one of the school's programs together, from a start
 * date to an optional end date. Cohorts are what a school reports contracting trends on.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = Cohort.IN_SCHOOL,
    query = "select c from Cohort c join fetch c.program order by c.startsOn desc, c.name")
public class Cohort extends SchoolOwned {

  /** The current school's cohorts, newest first; the tenant filter is Hibernate's. */
  public static final String IN_SCHOOL = "Cohort.inSchool";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", nullable = false, updatable = false)
  private Program program;

  @Column(nullable = false, length = Text.NAME_LENGTH)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CohortStatus status;

  protected Cohort() {}

  public Cohort(Program program, String name, LocalDate startsOn, LocalDate endsOn) {
    require(program != null, "program", "cohort.program");
    require(program.status() == CohortStatus.OPEN, "program", "cohort.program.2", program.name());
    this.program = program;
    this.name = Text.name(name, "name", "cohort.name.missing");
    schedule(startsOn, endsOn);
    this.status = CohortStatus.OPEN;
  }

  /** Moves the cohort's dates; an end is never before the start. */
  public void schedule(LocalDate startsOn, LocalDate endsOn) {
    require(startsOn != null, "startsOn", "cohort.startsOn");
    require(
        endsOn == null || !endsOn.isBefore(startsOn), "endsOn", "cohort.endsOn", endsOn, startsOn);
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public Program program() {
    return program;
  }

  public String name() {
    return name;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  public CohortStatus status() {
    return status;
  }

  public void rename(String newName) {
    this.name = Text.name(newName, "name", "cohort.name.missing.2");
  }

  /** An archived cohort stays in reports but takes no new enrolments. */
  public void archive() {
    status = CohortStatus.ARCHIVED;
  }

  /** Brings an archived cohort back: it is open again and takes enrolments. */
  public void restore() {
    require(
        program.status() == CohortStatus.OPEN, "program", "cohort.restore.program", program.name());
    status = CohortStatus.OPEN;
  }
}
