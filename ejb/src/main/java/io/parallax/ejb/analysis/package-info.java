/**
 * The analysis module (DESIGN §4): session contracting scores, cohort contracting trends (by week
 * or month, client and supervision sessions side by side, by developmental level and by months
 * since initial training), the parallel-process signal per trainee, the positive parallel process
 * (modelling effect), stage progression, cohort rollups, nightly snapshots run once per cluster,
 * and report exports produced in the background.
 *
 * <p>The database aggregates ({@link io.parallax.ejb.analysis.SessionTallies}, HQL with Hibernate's
 * tenant filter, no native SQL); plain classes do the arithmetic on the counts it returns, so the
 * math is unit-tested without a container. Thresholds and windows are MicroProfile Config,
 * documented on {@link io.parallax.ejb.analysis.SignalThresholds} and {@link
 * io.parallax.ejb.analysis.AnalysisSettings}.
 */
package io.parallax.ejb.analysis;
