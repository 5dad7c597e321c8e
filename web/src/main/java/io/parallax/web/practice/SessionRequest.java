package io.parallax.web.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.ejb.practice.SessionEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A client session as the API takes it, one flat field per value so that a bad request names each
 * bad field: the four elements rated ABSENT, PARTIAL or CLEAR with an optional line of evidence
 * each, drift markers, re-contracting moments (count, optional minute and note), the coach's share
 * of responsibility (over 50 % is rescuing), the drama-triangle role noticed and the confidential
 * reflection. {@code paymentBasis} left out means as the client usually is. It builds the one input
 * record of a session ({@link SessionEntry}); the API answers with the one output record ({@link
 * io.parallax.ejb.practice.PracticeSessionView}), whose fields have the same names.
 *
 * <p>A class with annotated fields rather than a record: Payara's OpenAPI reader fails on
 * constraints placed on record components.
 */
public class SessionRequest {

  @NotNull(message = "{parallax.sessionRequest.1}")
  public UUID clientId;

  @NotNull(message = "{parallax.supervisionSessionRequest.2}")
  public LocalDate heldOn;

  @NotNull(message = "{parallax.sessionRequest.2}")
  @Min(value = 1, message = "{parallax.supervisionSessionRequest.3}")
  @Max(value = 600, message = "{parallax.supervisionSessionRequest.3}")
  public Integer minutes;

  public PaymentBasis paymentBasis;

  @NotNull(message = "{parallax.sessionRequest.3}")
  public ElementRating focus;

  @NotNull(message = "{parallax.sessionRequest.4}")
  public ElementRating outcome;

  @NotNull(message = "{parallax.sessionRequest.5}")
  public ElementRating approach;

  @NotNull(message = "{parallax.sessionRequest.6}")
  public ElementRating participation;

  @Size(max = 280, message = EVIDENCE)
  public String focusEvidence;

  @Size(max = 280, message = EVIDENCE)
  public String outcomeEvidence;

  @Size(max = 280, message = EVIDENCE)
  public String approachEvidence;

  @Size(max = 280, message = EVIDENCE)
  public String participationEvidence;

  public Set<DriftMarker> driftMarkers;

  @Min(value = 0, message = RECONTRACTING)
  @Max(value = 50, message = RECONTRACTING)
  public Integer recontractingCount;

  @Min(value = 0, message = "{parallax.sessionRequest.7}")
  @Max(value = 600, message = "{parallax.sessionRequest.7}")
  public Integer recontractingMinute;

  @Size(max = 500, message = "{parallax.sessionRequest.8}")
  public String recontractingNote;

  @NotNull(message = "{parallax.sessionRequest.9}")
  @Min(value = 0, message = SHARE)
  @Max(value = 100, message = SHARE)
  public Integer responsibilityShare;

  public DramaRole dramaRole;

  @Size(max = 4000, message = "{parallax.sessionRequest.10}")
  public String reflection;

  /** 1 (or left out) for an individual session, 2 to 30 clients for a group session. */
  public Integer groupSize;

  static final String EVIDENCE = "Keep the evidence to 280 characters: one line of what was said.";
  static final String RECONTRACTING = "Count 0 to 50 re-contracting moments.";
  static final String SHARE = "Estimate your share of the responsibility as 0 to 100 %.";

  SessionEntry toEntry() {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    ratings.put(ContractingElement.FOCUS, focus);
    ratings.put(ContractingElement.OUTCOME, outcome);
    ratings.put(ContractingElement.APPROACH, approach);
    ratings.put(ContractingElement.PARTICIPATION, participation);
    Map<ContractingElement, String> evidence = new EnumMap<>(ContractingElement.class);
    evidence.put(ContractingElement.FOCUS, focusEvidence);
    evidence.put(ContractingElement.OUTCOME, outcomeEvidence);
    evidence.put(ContractingElement.APPROACH, approachEvidence);
    evidence.put(ContractingElement.PARTICIPATION, participationEvidence);
    return new SessionEntry(
        clientId,
        heldOn,
        minutes,
        paymentBasis,
        ratings,
        evidence,
        driftMarkers == null ? Set.of() : driftMarkers,
        recontractingCount == null ? 0 : recontractingCount,
        recontractingMinute,
        recontractingNote,
        responsibilityShare,
        dramaRole,
        reflection,
        groupSize);
  }
}
