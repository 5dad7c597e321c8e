package io.parallax.domain.calibration;

import io.parallax.domain.DomainRuleViolation;
import jakarta.ejb.ApplicationException;

/**
 * A step the exercise's state forbids, whatever the request: grading after the deadline or once the
 * results are open, or reading results before they open (the grading is blind until then).
 */
@ApplicationException(rollback = true)
public class CalibrationClosed extends DomainRuleViolation {

  public CalibrationClosed(String field, String message) {
    super(field, message);
  }
}
