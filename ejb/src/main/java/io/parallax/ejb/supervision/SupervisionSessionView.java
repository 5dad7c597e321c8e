package io.parallax.ejb.supervision;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A supervision session as one reader may see it. {@code notes} are the supervisor's confidential
 * text: present only for the supervisor who recorded the session, null for everyone else; so are
 * the notes on each participant of a group session. {@code parallelProcess} is null when none was
 * observed. {@code locked}: a signed-off assessment cites the session, so it no longer changes
 * (known to its author only; false for others).
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
    long version,
    List<Participant> participants,
    Instant revisedAt,
    boolean deleted,
    boolean locked)
    implements Serializable {

  /** Someone who took part in a group session; {@code notes} only for the session's author. */
  public record Participant(UUID id, String name, String notes) implements Serializable {
    @Override
    public String toString() {
      return "Participant[id=" + id + "]";
    }
  }

  /** Without any confidential note, should a view ever reach a log. */
  @Override
  public String toString() {
    return "SupervisionSessionView[id=" + id + ", version=" + version + "]";
  }

  /** The session's length in hours (e.g. 1.5), as hours are counted. */
  public double hours() {
    return minutes / 60.0;
  }

  /** The participants' names, joined by commas (for a list). */
  public String participantNames() {
    return String.join(", ", participants.stream().map(Participant::name).toList());
  }

  /** The session's share of normative, formative and restorative work, in percent. */
  public record Proctor(int normative, int formative, int restorative) implements Serializable {}

  /** What the supervisor saw of a parallel process. */
  public record ParallelProcess(
      String dynamic, ParallelProcessDirection direction, boolean namedInSession)
      implements Serializable {}

  static SupervisionSessionView of(SupervisionSession session, boolean withNotes) {
    return of(session, withNotes, false);
  }

  static SupervisionSessionView of(SupervisionSession session, boolean withNotes, boolean locked) {
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
        session.version(),
        session.participants().stream()
            .map(
                p ->
                    new Participant(
                        p.person().id(),
                        p.person().displayName(),
                        withNotes ? p.notes().orElse(null) : null))
            .toList(),
        session.revisedAt().orElse(null),
        session.isDeleted(),
        withNotes && locked);
  }
}
