package io.parallax.ejb.calibration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calibration's configuration (MicroProfile Config: system properties, environment, e.g. {@code
 * PARALLAX_CALIBRATION_MARGIN=0.75}):
 *
 * <ul>
 *   <li>{@code parallax.calibration.margin} [0.5]: grade points; a supervisor's mean offset must be
 *       larger than this (and its interval exclude zero) to be flagged LENIENT or SEVERE, and an
 *       offset must move by more than this between two periods to count as drift;
 *   <li>{@code parallax.calibration.min-assessments} [5]: fewer signed-off assessments with cited
 *       evidence give "not enough data", never a flag;
 *   <li>{@code parallax.calibration.confidence} [0.95]: the level of the offset's interval.
 * </ul>
 */
@ApplicationScoped
public class CalibrationSettings {

  @Inject
  @ConfigProperty(name = "parallax.calibration.margin", defaultValue = "0.5")
  double margin;

  @Inject
  @ConfigProperty(name = "parallax.calibration.min-assessments", defaultValue = "5")
  int minAssessments;

  @Inject
  @ConfigProperty(name = "parallax.calibration.confidence", defaultValue = "0.95")
  double confidence;

  /** The thresholds of grading drift; a value out of range fails with the property's name. */
  public DriftSettings drift() {
    return new DriftSettings(margin, minAssessments, confidence);
  }
}
