package io.parallax.ejb.supervision;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A supervision session as one reader may see it. {@code notes} are the supervisor's confidential
 * text: present only for the supervisor who recorded the session, null for everyone else. {@code
 * parallelProcess} is null when none was observed.
 */
public record SupervisionSessionView(
    UUID id,
    UUID supervisorId,
    String supervisorName,
    UUID superviseeId,
    String superviseeName,
    LocalDate heldOn,
    int minutes,
    SupervisionFormat format,
    Map<ContractingElement, ElementRating> ratings,
    double score,
    Set<DriftMarker> driftMarkers,
    Set<SevenEyedMode> sevenEyedModes,
    Proctor proctorBalance,
    Set<String> coreIssues,
    ParallelProcess parallelProcess,
    boolean modelledContracting,
    List<UUID> casesDiscussed,
    String notes,
    long version)
    implements Serializable {

  /** The session's share of normative, formative and restorative work, in percent. */
  public record Proctor(int normative, int formative, int restorative) implements Serializable {}

  /** What the supervisor saw of a parallel process. */
  public record ParallelProcess(
      String dynamic, ParallelProcessDirection direction, boolean namedInSession)
      implements Serializable {}

  static SupervisionSessionView of(SupervisionSession session, boolean withNotes) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      ratings.put(element, session.ratings().rating(element));
    }
    return new SupervisionSessionView(
        session.id(),
        session.supervisor().id(),
        session.supervisor().displayName(),
        session.supervisee().id(),
        session.supervisee().displayName(),
        session.heldOn(),
        session.minutes(),
        session.format(),
        ratings,
        session.score(),
        session.driftMarkers(),
        session.sevenEyedModes(),
        new Proctor(
            session.proctorBalance().normative(),
            session.proctorBalance().formative(),
            session.proctorBalance().restorative()),
        session.coreIssues(),
        session
            .parallelProcess()
            .map(p -> new ParallelProcess(p.dynamic(), p.direction(), p.namedInSession()))
            .orElse(null),
        session.modelledContracting(),
        session.casesDiscussed(),
        withNotes ? session.notes().orElse(null) : null,
        session.version());
  }
}
