package io.parallax.ejb.audit;

import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.calibration.CalibrationExercise;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.supervision.SupervisionSession;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the audit trail names: the confidential ones (a client session with its
 * reflection, a supervision session with its notes, a calibration exercise's material) and a
 * member's own record (its export and its erasure), and a trainee's period submitted for approval
 * (its submission, each decision and reopening). The trail stores the entity's simple name.
 */
public enum RecordKind {
  PRACTICE_SESSION(PracticeSession.class),
  SUPERVISION_SESSION(SupervisionSession.class),
  CALIBRATION_EXERCISE(CalibrationExercise.class),
  MEMBER(Person.class),
  HOUR_SUBMISSION(HourSubmission.class);

  private final String recordType;

  RecordKind(Class<?> entity) {
    this.recordType = entity.getSimpleName();
  }

  /** The name the audit trail stores for this kind. */
  public String recordType() {
    return recordType;
  }

  public static Optional<RecordKind> ofRecordType(String recordType) {
    return Arrays.stream(values()).filter(k -> k.recordType.equals(recordType)).findFirst();
  }
}
