package io.parallax.domain.accreditation;

/**
 * Where an hour entry stands. Today every entry is {@link #LOGGED}: logged hours count. The
 * supervisor-approval step (issue 17, item 3) adds its states here and narrows {@link
 * Readiness#COUNTS} to approved entries; the arithmetic needs no other change.
 */
public enum HourStatus {
  LOGGED
}
