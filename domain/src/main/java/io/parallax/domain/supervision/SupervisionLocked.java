package io.parallax.domain.supervision;

import io.parallax.domain.assessment.SignedOff;
import jakarta.ejb.ApplicationException;

/**
 * A change of a supervision session that a signed-off assessment cites as evidence: refused like a
 * change of the assessment itself (field {@code signedOff}), since what was signed off rests on the
 * session as it was.
 */
@ApplicationException(rollback = true)
public class SupervisionLocked extends SignedOff {

  public SupervisionLocked() {
    super("supervisionSession.locked");
  }
}
