package io.parallax.web.supervision;

import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.web.api.Between;
import io.parallax.web.api.Filled;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A supervision session as a client records it. Bean Validation catches what is wrong with the
 * shape of each field; the domain then checks the rules that need the records (assignment on the
 * date, the school's core-issue taxonomy, the supervisee's own cases, Proctor shares adding to 100)
 * and the lengths and counts (named in its messages): no {@code @Size}, {@code @Min} or {@code Max}
 * on record components, which break Payara's OpenAPI generator (see {@link
 * io.parallax.web.api.Between}).
 */
public record SupervisionSessionRequest(
    @NotNull(message = "{parallax.supervisionSessionRequest.1}") UUID superviseeId,
    @NotNull(message = "{parallax.supervisionSessionRequest.2}") LocalDate heldOn,
    @Between(min = 1, max = 600, message = "{parallax.supervisionSessionRequest.3}") int minutes,
    @NotNull(message = "{parallax.supervisionSessionRequest.4}") SupervisionFormat format,
    @NotNull(message = "{parallax.supervisionSessionRequest.5}") @Valid Contracting contracting,
    Set<DriftMarker> driftMarkers,
    Set<SevenEyedMode> sevenEyedModes,
    @NotNull(message = "{parallax.supervisionSessionRequest.6}") @Valid Proctor proctorBalance,
    Set<String> coreIssues,
    @Valid ParallelProcess parallelProcess,
    boolean modelledContracting,
    List<UUID> casesDiscussed,
    String notes,
    @Valid List<Participant> participants) {

  /**
   * A supervisee who took part in a group session (one of the caller's, assigned on the date), with
   * the supervisor's confidential note on them.
   */
  public record Participant(
      @NotNull(message = "{parallax.supervisionSessionRequest.14}") UUID superviseeId,
      String notes) {

    /** Without the confidential note: a refusal's message may be logged. */
    @Override
    public String toString() {
      return "Participant[superviseeId=" + superviseeId + "]";
    }
  }

  /**
   * Without the confidential notes (on the session and on each participant): a refusal's message
   * (e.g. a method validation's argument values) may be logged.
   */
  @Override
  public String toString() {
    return "SupervisionSessionRequest[superviseeId="
        + superviseeId
        + ", heldOn="
        + heldOn
        + ", minutes="
        + minutes
        + ", format="
        + format
        + ", participants="
        + participants
        + "]";
  }

  /** How each contracting element was addressed in the supervision itself. */
  public record Contracting(
      @NotNull(message = "{parallax.supervisionSessionRequest.7}") ElementRating focus,
      @NotNull(message = "{parallax.supervisionSessionRequest.8}") ElementRating outcome,
      @NotNull(message = "{parallax.supervisionSessionRequest.9}") ElementRating approach,
      @NotNull(message = "{parallax.supervisionSessionRequest.10}") ElementRating participation) {}

  /** The Proctor balance in percent, adding up to 100. */
  public record Proctor(
      @Between(min = 0, max = 100, message = "{parallax.supervisionSessionRequest.11}")
          int normative,
      @Between(min = 0, max = 100, message = "{parallax.supervisionSessionRequest.11}")
          int formative,
      @Between(min = 0, max = 100, message = "{parallax.supervisionSessionRequest.11}")
          int restorative) {}

  /** A parallel process the supervisor observed. */
  public record ParallelProcess(
      @Filled(message = "{parallax.supervisionSessionRequest.12}") String dynamic,
      @NotNull(message = "{parallax.supervisionSessionRequest.13}")
          ParallelProcessDirection direction,
      boolean namedInSession) {}

  /** The service's record of this request (domain checks happen there). */
  public SupervisionRecord toRecord() {
    return new SupervisionRecord(
        superviseeId,
        heldOn,
        minutes,
        format,
        ContractingRatings.of(
            contracting.focus(),
            contracting.outcome(),
            contracting.approach(),
            contracting.participation()),
        ProctorBalance.of(
            proctorBalance.normative(), proctorBalance.formative(), proctorBalance.restorative()),
        driftMarkers,
        sevenEyedModes,
        coreIssues,
        parallelProcess == null
            ? null
            : ParallelProcessObservation.of(
                parallelProcess.dynamic(),
                parallelProcess.direction(),
                parallelProcess.namedInSession()),
        modelledContracting,
        casesDiscussed,
        notes,
        participants == null
            ? List.of()
            : participants.stream()
                .map(
                    p ->
                        p == null
                            ? new SupervisionRecord.Participant(null, null)
                            : new SupervisionRecord.Participant(p.superviseeId(), p.notes()))
                .toList());
  }
}
