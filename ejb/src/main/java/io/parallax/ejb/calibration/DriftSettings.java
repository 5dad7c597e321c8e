package io.parallax.ejb.calibration;

/**
 * The thresholds of grading drift (MicroProfile Config, see {@link CalibrationSettings}): {@code
 * margin} in grade points, the smallest mean offset worth a flag; {@code minAssessments}, below
 * which a supervisor's figures read "not enough data" and are never flagged; {@code confidence},
 * the level of the offset's interval.
 */
public record DriftSettings(double margin, int minAssessments, double confidence) {

  public static final DriftSettings DEFAULTS = new DriftSettings(0.5, 5, 0.95);

  public DriftSettings {
    if (!(margin >= 0)) {
      throw new IllegalArgumentException(
          "parallax.calibration.margin must be 0 or more: " + margin);
    }
    if (minAssessments < 2) {
      throw new IllegalArgumentException(
          "parallax.calibration.min-assessments must be 2 or more (an interval needs two): "
              + minAssessments);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "parallax.calibration.confidence must lie between 0 and 1: " + confidence);
    }
  }
}
