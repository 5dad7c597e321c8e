package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.SubmissionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A submitted period as the trainee, their supervisor and the API see it: whose, to whom, the
 * period, where it stands, and the supervisor's comment (null when none).
 */
public record HourSubmissionView(
    UUID id,
    UUID traineeId,
    String traineeName,
    UUID supervisorId,
    String supervisorName,
    LocalDate from,
    LocalDate to,
    SubmissionStatus status,
    Instant submittedAt,
    Instant decidedAt,
    Instant reopenedAt,
    String comment,
    long version)
    implements Serializable {

  static HourSubmissionView of(HourSubmission s) {
    return new HourSubmissionView(
        s.id(),
        s.trainee().id(),
        s.trainee().displayName(),
        s.supervisor().id(),
        s.supervisor().displayName(),
        s.fromOn(),
        s.toOn(),
        s.status(),
        s.submittedAt(),
        s.decidedAt().orElse(null),
        s.reopenedAt().orElse(null),
        s.comment().orElse(null),
        s.version());
  }

  /** Whether the trainee may reopen it: it waits or was approved. */
  public boolean reopenable() {
    return status.holdsPeriod();
  }

  /** Whether the trainee may submit the same period again: it was returned. */
  public boolean resubmittable() {
    return status == SubmissionStatus.RETURNED;
  }
}
