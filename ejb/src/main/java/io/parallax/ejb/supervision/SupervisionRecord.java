package io.parallax.ejb.supervision;

import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a supervisor records of one supervision session with {@code superviseeId}. Core issues are
 * named by the codes of the school's taxonomy; {@code casesDiscussed} are the supervisee's clients
 * or practice sessions; {@code parallelProcess} is null when none was observed; {@code notes} are
 * confidential (null or blank for none). {@code participants} name who took part in a group session
 * (the supervisee among them or not), each with the supervisor's confidential note on them; empty
 * for an individual session.
 */
public record SupervisionRecord(
    UUID superviseeId,
    LocalDate heldOn,
    int minutes,
    SupervisionFormat format,
    ContractingRatings ratings,
    ProctorBalance proctorBalance,
    Set<DriftMarker> driftMarkers,
    Set<SevenEyedMode> sevenEyedModes,
    Set<String> coreIssues,
    ParallelProcessObservation parallelProcess,
    boolean modelledContracting,
    List<UUID> casesDiscussed,
    String notes,
    List<Participant> participants) {

  /** A supervisee who took part in a group session, with the author's confidential note. */
  public record Participant(UUID superviseeId, String notes) implements java.io.Serializable {
    /** Without the confidential note, should it ever reach a log. */
    @Override
    public String toString() {
      return "Participant[superviseeId=" + superviseeId + "]";
    }
  }

  /** Without the confidential notes, should a record ever reach a log. */
  @Override
  public String toString() {
    return "SupervisionRecord[superviseeId="
        + superviseeId
        + ", heldOn="
        + heldOn
        + ", participants="
        + participants
        + "]";
  }

  /** A record without participants (an individual session, or a group of one). */
  public SupervisionRecord(
      UUID superviseeId,
      LocalDate heldOn,
      int minutes,
      SupervisionFormat format,
      ContractingRatings ratings,
      ProctorBalance proctorBalance,
      Set<DriftMarker> driftMarkers,
      Set<SevenEyedMode> sevenEyedModes,
      Set<String> coreIssues,
      ParallelProcessObservation parallelProcess,
      boolean modelledContracting,
      List<UUID> casesDiscussed,
      String notes) {
    this(
        superviseeId,
        heldOn,
        minutes,
        format,
        ratings,
        proctorBalance,
        driftMarkers,
        sevenEyedModes,
        coreIssues,
        parallelProcess,
        modelledContracting,
        casesDiscussed,
        notes,
        List.of());
  }
}
