package io.parallax.domain.school;

/** Whether a trainee is still in their cohort or has withdrawn from it. */
public enum EnrolmentStatus {
  ENROLLED,
  WITHDRAWN
}
