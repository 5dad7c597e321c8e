package io.parallax.ejb.school;

import io.parallax.domain.school.SupervisorAssignment;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A supervisor assigned to a trainee, from a date and possibly until one. */
public record AssignmentSummary(
    UUID id,
    UUID supervisorId,
    String supervisor,
    UUID traineeId,
    String trainee,
    LocalDate startsOn,
    LocalDate endsOn,
    long version)
    implements Serializable {

  static AssignmentSummary of(SupervisorAssignment assignment) {
    return new AssignmentSummary(
        assignment.id(),
        assignment.supervisor().id(),
        assignment.supervisor().displayName(),
        assignment.trainee().id(),
        assignment.trainee().displayName(),
        assignment.startsOn(),
        assignment.endsOn().orElse(null),
        assignment.version());
  }
}
