/**
 * Supervisor calibration on the web: the admin's calibration page (create an exercise, follow it,
 * its results and the history of agreement), the supervisor's grading page, the grading consistency
 * section of the cohort report, and the REST resources under {@code /api/v1/calibration}.
 */
package io.parallax.web.calibration;
