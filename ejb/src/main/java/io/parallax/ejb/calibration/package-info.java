/**
 * Supervisor calibration and grading drift: whether the school's supervisors grade contracting the
 * same way. {@link io.parallax.ejb.calibration.Agreement} measures how far supervisors who graded
 * the same anonymised material agree (Krippendorff's alpha for ordinal data, pairwise weighted
 * kappa, both from DKPro Statistics); {@link io.parallax.ejb.calibration.GradingDrift} compares
 * each supervisor's everyday contracting grades with the ratings of the evidence sessions they cite
 * and flags a supervisor who grades consistently higher (LENIENT) or lower (SEVERE) than the
 * school's own fit, with intervals from Apache Commons Math.
 */
package io.parallax.ejb.calibration;
