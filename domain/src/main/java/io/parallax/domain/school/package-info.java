/**
 * Schools (the tenants of Parallax) and how they organise trainees: cohorts, and later programs,
 * people, enrolments and supervisor assignments.
 */
package io.parallax.domain.school;
