/**
 * The cohort reports of the analysis module: the cohort report and trainee drill-down pages for
 * school admins and supervisors ({@code /reports/...}), their REST resources under {@code
 * /api/v1/reports} and the report exports (CSV, XLSX, PDF) produced in the background. Services:
 * {@code io.parallax.ejb.analysis}.
 */
package io.parallax.web.analysis;
