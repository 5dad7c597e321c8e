package io.parallax.ejb.school;

import io.parallax.domain.school.Enrolment;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A trainee enrolled in a cohort. */
public record EnrolmentSummary(
    UUID id, UUID cohortId, String cohort, UUID traineeId, String trainee, LocalDate enrolledOn)
    implements Serializable {

  static EnrolmentSummary of(Enrolment enrolment) {
    return new EnrolmentSummary(
        enrolment.id(),
        enrolment.cohort().id(),
        enrolment.cohort().name(),
        enrolment.trainee().id(),
        enrolment.trainee().displayName(),
        enrolment.enrolledOn());
  }
}
