package io.parallax.ejb.supervision;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.SignalLevel;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One supervisee on a supervisor's caseload on a date: their cohorts, the assignment, their current
 * developmental stage (null before a first signed-off stage assessment), the last supervision the
 * supervisor held with them (null before the first), the client sessions the supervisee held since
 * then (since the assignment started when there was no supervision yet) and the analysis module's
 * parallel-process signal over the window ending on the date.
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
    Signal parallelProcessSignal)
    implements Serializable {

  /** The latest signed-off stage of the supervisee: level on the scale, in a domain. */
  public record Stage(
      String scale, String level, int rank, DevelopmentDomain domain, LocalDate assessedOn)
      implements Serializable {}

  /**
   * Whether the supervisee's weak contracting with clients recurs in their supervision, judged by
   * the analysis module over the sessions held from {@code from} to {@code to} (the caseload's
   * date): the level (NONE, POSSIBLE, LIKELY), its points, whether there were enough sessions on
   * both sides to judge at all, and the reasons a supervisor checks (the mirrored elements and
   * drift markers, over-responsibility in both places, the supervisors' own observations). No
   * confidential text.
   */
  public record Signal(
      SignalLevel level,
      int points,
      boolean enoughSessions,
      long clientSessions,
      long supervisionSessions,
      LocalDate from,
      LocalDate to,
      Set<ContractingElement> mirroredElements,
      Set<DriftMarker> mirroredDrift,
      boolean overResponsibility,
      long observations)
      implements Serializable {

    public Signal {
      mirroredElements = Set.copyOf(mirroredElements);
      mirroredDrift = Set.copyOf(mirroredDrift);
    }

    /** The caseload's view of the analysis module's signal over {@code from} to {@code to}. */
    public static Signal of(ParallelProcessSignal signal, LocalDate from, LocalDate to) {
      return new Signal(
          signal.level(),
          signal.points(),
          signal.enoughSessions(),
          signal.clientSessions(),
          signal.supervisionSessions(),
          from,
          to,
          signal.mirroredElements(),
          signal.mirroredDrift(),
          signal.overResponsibility(),
          signal.observations());
    }
  }
}
