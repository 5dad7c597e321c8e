package io.parallax.domain.school;

import static io.parallax.domain.DomainRuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A group of trainee coaches who go through a school's program together, from a start date to an
 * optional end date. Cohorts are what a school reports contracting trends on.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = Cohort.IN_SCHOOL,
    query = "select c from Cohort c order by c.startsOn desc, c.name")
public class Cohort {

  /** The current school's cohorts, newest first; the tenant filter is Hibernate's. */
  public static final String IN_SCHOOL = "Cohort.inSchool";

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
  private String schoolId;

  @Column(nullable = false, length = Names.MAX_LENGTH)
  private String name;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CohortStatus status;

  @Version private long version;

  protected Cohort() {}

  public Cohort(String name, LocalDate startsOn, LocalDate endsOn) {
    this.id = UUID.randomUUID();
    this.name = Names.required(name, "name", "A cohort needs a name");
    require(startsOn != null, "startsOn", "A cohort needs a start date.");
    require(
        endsOn == null || !endsOn.isBefore(startsOn),
        "endsOn",
        "A cohort cannot end (" + endsOn + ") before it starts (" + startsOn + ").");
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.status = CohortStatus.OPEN;
  }

  public UUID id() {
    return id;
  }

  /** The school that owns this cohort; stamped by Hibernate from the current school on insert. */
  public String schoolId() {
    return schoolId;
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

  public long version() {
    return version;
  }

  /** An archived cohort stays in reports but takes no new enrolments. */
  public void archive() {
    status = CohortStatus.ARCHIVED;
  }
}
