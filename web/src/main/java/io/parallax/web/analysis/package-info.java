/**
 * The cohort reports of the analysis module: the cohort report and trainee drill-down pages for
 * school admins and supervisors, and their REST resources under {@code /api/v1/reports}.
 */
package io.parallax.web.analysis;
