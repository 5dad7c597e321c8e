/**
 * Supervisor calibration: a {@link io.parallax.domain.calibration.CalibrationExercise} puts the
 * same anonymised material (practice sessions, a written vignette) before several supervisors, who
 * each grade it blind on the contracting rubric ({@link
 * io.parallax.domain.calibration.CalibrationGrade}); once the deadline has passed or all have
 * graded, the results open and show how far they agree.
 */
package io.parallax.domain.calibration;
