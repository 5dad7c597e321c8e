package io.parallax.domain.accreditation;

import io.parallax.domain.assessment.SignedOff;
import jakarta.ejb.ApplicationException;

/**
 * A change the state of a submitted period forbids: an entry in a period that waits for the
 * supervisor or that they approved, or a decision on a period already decided. Like a change of a
 * signed-off assessment, nothing in the request can fix it (field {@code signedOff}, 409 over
 * REST): the trainee reopens the period first, which takes its approval back.
 */
@ApplicationException(rollback = true)
public class ApprovalLocked extends SignedOff {

  public ApprovalLocked(String key, Object... arguments) {
    super(key, arguments);
  }
}
