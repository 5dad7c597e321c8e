package io.parallax.domain.accreditation;

/** One requirement of a track, as a trainee reads their progress. */
public enum Requirement {
  COACHING_HOURS(Unit.HOURS),
  PAID_HOURS(Unit.HOURS),
  CLIENTS(Unit.CLIENTS),
  RECENT_HOURS(Unit.HOURS),
  MENTOR_HOURS(Unit.HOURS),
  MENTOR_SPAN(Unit.MONTHS),
  MENTOR_ONE_TO_ONE(Unit.HOURS),
  PRACTICE_YEARS(Unit.YEARS),
  SUPERVISION_REGULARITY(Unit.PERIODS),
  CPD_HOURS(Unit.HOURS);

  /** What a requirement's done and required figures count. */
  public enum Unit {
    HOURS,
    CLIENTS,
    MONTHS,
    YEARS,
    PERIODS
  }

  private final Unit unit;

  Requirement(Unit unit) {
    this.unit = unit;
  }

  public Unit unit() {
    return unit;
  }
}
