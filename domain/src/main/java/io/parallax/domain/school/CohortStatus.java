package io.parallax.domain.school;

/** Whether a cohort is still running or kept only for the record. */
public enum CohortStatus {
  OPEN,
  ARCHIVED
}
