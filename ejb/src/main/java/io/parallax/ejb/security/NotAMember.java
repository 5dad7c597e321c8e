package io.parallax.ejb.security;

import jakarta.ejb.ApplicationException;

/** An authenticated caller who is not (or no longer) a member of the school they call for. */
@ApplicationException(rollback = true)
public class NotAMember extends RuntimeException {
  private final boolean schoolSuspended;

  public NotAMember(String message) {
    this(message, false);
  }

  private NotAMember(String message, boolean schoolSuspended) {
    super(message);
    this.schoolSuspended = schoolSuspended;
  }

  /** The caller's school is suspended: the pages say so and whom to contact. */
  public static NotAMember schoolSuspended(String message) {
    return new NotAMember(message, true);
  }

  public boolean isSchoolSuspended() {
    return schoolSuspended;
  }
}
