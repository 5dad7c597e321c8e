package io.parallax.domain.accreditation;

/** What an hour entry records. */
public enum HourKind {
  /** A client session the trainee coached (individual or group). */
  CLIENT_SESSION,
  /** Mentor coaching the trainee received. */
  MENTOR_COACHING,
  /** A supervision session in which the trainee was the supervisee. */
  SUPERVISION,
  /** Continuing professional development. */
  CPD
}
