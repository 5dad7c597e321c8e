/**
 * A school's set-up: the schools themselves, programs, cohorts, members and supervisor assignments,
 * and the school's defaults (scale, core-issue types).
 */
package io.parallax.ejb.school;
