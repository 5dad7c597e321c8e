package io.parallax.domain.accreditation;

/**
 * Where a trainee's submitted period stands. {@link #PENDING} and {@link #APPROVED} hold their
 * period: no other submission may overlap it, and the trainee's entries in it are locked. A {@link
 * #RETURNED} or {@link #REOPENED} one holds nothing: the trainee corrects and submits again.
 */
public enum SubmissionStatus {
  /** Waiting for the supervisor's decision. */
  PENDING,
  /** The supervisor approved the period: its hours count. */
  APPROVED,
  /** The supervisor returned the period with a comment. */
  RETURNED,
  /** The trainee took the period back (a waiting or approved one) to correct it. */
  REOPENED;

  /** Whether a submission in this state holds its period (locks its entries, blocks overlap). */
  public boolean holdsPeriod() {
    return this == PENDING || this == APPROVED;
  }
}
