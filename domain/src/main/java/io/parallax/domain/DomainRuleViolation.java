package io.parallax.domain;

import jakarta.ejb.ApplicationException;

/**
 * A request that would break a rule of the domain. It names the field at fault so that the UI can
 * put the message next to it and the API can name it in its problem details. Thrown from an EJB, it
 * reaches the caller as is and rolls the transaction back, so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

  private final String field;

  public DomainRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The name of the field at fault, as the boundary calls it (e.g. {@code endsOn}). */
  public String field() {
    return field;
  }

  /** Fails with a violation of {@code field} unless {@code condition} holds. */
  public static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new DomainRuleViolation(field, message);
    }
  }
}
