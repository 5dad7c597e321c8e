/**
 * Records of the analysis module: the run record that lets a nightly job run once per cluster, the
 * nightly snapshots of each cohort's contracting figures, and report exports made in the
 * background.
 */
package io.parallax.domain.analysis;
