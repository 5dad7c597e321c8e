package io.parallax.ejb.school;

import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.EnrolmentStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A trainee enrolled in a cohort: still enrolled, or withdrawn on {@code endedOn} for {@code
 * endReason}.
 */
public record EnrolmentSummary(
    UUID id,
    UUID cohortId,
    String cohort,
    UUID traineeId,
    String trainee,
    LocalDate enrolledOn,
    EnrolmentStatus status,
    LocalDate endedOn,
    String endReason,
    long version)
    implements Serializable {

  static EnrolmentSummary of(Enrolment enrolment) {
    return new EnrolmentSummary(
        enrolment.id(),
        enrolment.cohort().id(),
        enrolment.cohort().name(),
        enrolment.trainee().id(),
        enrolment.trainee().displayName(),
        enrolment.enrolledOn(),
        enrolment.status(),
        enrolment.endedOn().orElse(null),
        enrolment.endReason().orElse(null),
        enrolment.version());
  }
}
