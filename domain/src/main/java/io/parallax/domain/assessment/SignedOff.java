package io.parallax.domain.assessment;

import io.parallax.domain.DomainRuleViolation;
import jakarta.ejb.ApplicationException;

/**
 * A change of an assessment that was signed off. Not a bad value the caller can fix in place but a
 * conflict with the record's state: the trainee, the school and accreditation bodies rely on what
 * was signed off, so the only way to change it is a correction (a new version). Its field is {@code
 * signedOff}.
 */
@ApplicationException(rollback = true)
public class SignedOff extends DomainRuleViolation {

  public SignedOff() {
    super("signedOff", "signedOff.changed");
  }

  /** A record locked by a sign-off it is part of, refused with the rule {@code key}. */
  protected SignedOff(String key, Object... arguments) {
    super("signedOff", key, arguments);
  }
}
