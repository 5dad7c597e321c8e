package io.parallax.ejb.security;

import jakarta.ejb.ApplicationException;

/** An authenticated caller who is not (or no longer) a member of the school they call for. */
@ApplicationException(rollback = true)
public class NotAMember extends RuntimeException {
  public NotAMember(String message) {
    super(message);
  }
}
