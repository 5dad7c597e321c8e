package io.parallax.ejb.identity;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak refused or could not do what provisioning asked (down, mail server unreachable, ...):
 * nothing is stored on either side, and the message says what failed.
 */
@ApplicationException(rollback = true)
public class DirectoryUnavailable extends RuntimeException {
  public DirectoryUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
