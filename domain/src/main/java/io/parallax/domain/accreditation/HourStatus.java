package io.parallax.domain.accreditation;

/**
 * Where an hour entry stands in the supervisor-approval step: inside a period the supervisor {@link
 * #APPROVED}, inside one {@link #SUBMITTED} and waiting for their decision, or in none (never
 * submitted, returned, or reopened). Only approved hours count toward a requirement ({@link
 * Readiness#COUNTS}); the others are shown apart.
 */
public enum HourStatus {
  APPROVED,
  SUBMITTED,
  NOT_SUBMITTED
}
