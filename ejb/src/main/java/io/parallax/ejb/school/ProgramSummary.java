package io.parallax.ejb.school;

import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.Program;
import java.io.Serializable;
import java.util.UUID;

/** What the UI and the API show of a program. */
public record ProgramSummary(
    UUID id, String name, String description, CohortStatus status, long version)
    implements Serializable {

  static ProgramSummary of(Program program) {
    return new ProgramSummary(
        program.id(), program.name(), program.description(), program.status(), program.version());
  }
}
