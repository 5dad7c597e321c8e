/**
 * A trainee coach's practice: their clients (pseudonymous codes, no identifying data), the
 * engagement contract with each client (administrative, professional and psychological levels,
 * two-party or three-cornered), and the client sessions they log with how each was contracted, the
 * drift that showed, the re-contracting moments, the share of responsibility the coach took and a
 * confidential reflection. These are the client half of the parallel-process comparison.
 */
package io.parallax.domain.practice;
