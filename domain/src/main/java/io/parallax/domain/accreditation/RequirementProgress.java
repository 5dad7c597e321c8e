package io.parallax.domain.accreditation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How far a trainee is on one requirement: done of required (in the requirement's unit, approved
 * hours only), what is still missing (zero once met), and, when not met, the day they would meet it
 * at their recent pace ({@code null} when there is no pace to project from). For an hour
 * requirement, {@code pending} and {@code unsubmitted} are the hours that would count once
 * approved: those in a period waiting for the supervisor, and those in no submitted period; {@code
 * null} for the other units.
 */
public record RequirementProgress(
    Requirement requirement,
    BigDecimal done,
    BigDecimal required,
    BigDecimal missing,
    boolean met,
    LocalDate projected,
    BigDecimal pending,
    BigDecimal unsubmitted)
    implements Serializable {

  /** Progress without unapproved hours beside it. */
  public RequirementProgress(
      Requirement requirement,
      BigDecimal done,
      BigDecimal required,
      BigDecimal missing,
      boolean met,
      LocalDate projected) {
    this(requirement, done, required, missing, met, projected, null, null);
  }

  /** The same progress with the unapproved hours of its requirement beside it. */
  public RequirementProgress withUnapproved(BigDecimal pending, BigDecimal unsubmitted) {
    return new RequirementProgress(
        requirement, done, required, missing, met, projected, pending, unsubmitted);
  }

  /** Whether any hours wait for approval or submission beside the approved ones. */
  public boolean hasUnapproved() {
    return pending != null && (pending.signum() > 0 || unsubmitted.signum() > 0);
  }
}
