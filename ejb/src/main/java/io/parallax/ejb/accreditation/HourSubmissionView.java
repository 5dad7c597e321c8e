package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.SubmissionStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A submitted period as the trainee, their supervisor and the API see it: whose, to whom, the
 * period, where it stands, the supervisor's comment (null when none), and what the trainee logged
 * in it today: client sessions and their minutes, mentor-coaching and CPD minutes.
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
    long version,
    long sessions,
    long clientMinutes,
    long mentorMinutes,
    long cpdMinutes)
    implements Serializable {

  /** Client, mentor-coaching and CPD figures of a period: sessions, then minutes of each. */
  record Logged(long sessions, long clientMinutes, long mentorMinutes, long cpdMinutes) {}

  static HourSubmissionView of(HourSubmission s, Logged logged) {
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
        s.version(),
        logged.sessions(),
        logged.clientMinutes(),
        logged.mentorMinutes(),
        logged.cpdMinutes());
  }

  public BigDecimal clientHours() {
    return hours(clientMinutes);
  }

  public BigDecimal mentorHours() {
    return hours(mentorMinutes);
  }

  public BigDecimal cpdHours() {
    return hours(cpdMinutes);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
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
