package io.parallax.ejb.supervision;

import io.parallax.domain.assessment.DevelopmentDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One supervisee on a supervisor's caseload on a date: their cohorts, the assignment, their current
 * developmental stage (null before a first signed-off stage assessment), the last supervision the
 * supervisor held with them (null before the first) and the client sessions the supervisee held
 * since then (since the assignment started when there was no supervision yet).
 *
 * <p>{@code parallelProcessSignal} is the analysis module's verdict ({@code NONE}, {@code
 * POSSIBLE}, {@code LIKELY}); it is null until that module exists: see TODO(analysis) in {@link
 * Caseload}.
 */
public record CaseloadEntry(
    UUID traineeId,
    String traineeName,
    List<String> cohorts,
    LocalDate assignedFrom,
    LocalDate assignedUntil,
    Stage currentStage,
    LocalDate lastSupervisionOn,
    long sessionsLoggedSince,
    String parallelProcessSignal) {

  /** The latest signed-off stage of the supervisee: level on the scale, in a domain. */
  public record Stage(
      String scale, String level, int rank, DevelopmentDomain domain, LocalDate assessedOn) {}
}
