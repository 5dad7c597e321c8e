package io.parallax.ejb.calibration;

/**
 * What a supervisor's offset says: too few assessments to say anything; grades consistently above
 * what the evidence predicts (LENIENT) or below it (SEVERE), i.e. the interval excludes zero and
 * the offset exceeds the margin; or neither (CONSISTENT).
 */
public enum DriftVerdict {
  NOT_ENOUGH_DATA,
  CONSISTENT,
  LENIENT,
  SEVERE;

  public boolean isFlag() {
    return this == LENIENT || this == SEVERE;
  }
}
