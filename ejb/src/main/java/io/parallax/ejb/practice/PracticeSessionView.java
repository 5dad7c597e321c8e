package io.parallax.ejb.practice;

import static io.parallax.domain.contracting.ContractingElement.APPROACH;
import static io.parallax.domain.contracting.ContractingElement.FOCUS;
import static io.parallax.domain.contracting.ContractingElement.OUTCOME;
import static io.parallax.domain.contracting.ContractingElement.PARTICIPATION;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A client session as one reader may see it, on a page and over the API alike (one flat field per
 * value, the same names the API takes). {@code reflection} is the trainee's confidential text:
 * present only for its author, null for everyone else. {@code rescuing} says the coach took more
 * than half of the responsibility (the seed's "rescuing" of a "victim" client).
 */
public record PracticeSessionView(
    UUID id,
    UUID clientId,
    String clientCode,
    LocalDate heldOn,
    int minutes,
    PaymentBasis paymentBasis,
    ElementRating focus,
    ElementRating outcome,
    ElementRating approach,
    ElementRating participation,
    String focusEvidence,
    String outcomeEvidence,
    String approachEvidence,
    String participationEvidence,
    double score,
    Set<DriftMarker> driftMarkers,
    int recontractingCount,
    Integer recontractingMinute,
    String recontractingNote,
    int responsibilityShare,
    boolean rescuing,
    DramaRole dramaRole,
    String reflection,
    long version,
    int groupSize)
    implements Serializable {

  static PracticeSessionView of(PracticeSession session, boolean withReflection) {
    ContractingRatings rated = session.ratings();
    return new PracticeSessionView(
        session.id(),
        session.client().id(),
        session.client().code(),
        session.heldOn(),
        session.minutes(),
        session.paymentBasis(),
        rated.rating(FOCUS),
        rated.rating(OUTCOME),
        rated.rating(APPROACH),
        rated.rating(PARTICIPATION),
        rated.evidence(FOCUS),
        rated.evidence(OUTCOME),
        rated.evidence(APPROACH),
        rated.evidence(PARTICIPATION),
        session.score(),
        session.driftMarkers(),
        session.recontractingCount(),
        session.recontractingMinute().orElse(null),
        session.recontractingNote().orElse(null),
        session.responsibilityShare(),
        session.isRescuing(),
        session.dramaRole().orElse(null),
        withReflection ? session.reflection().orElse(null) : null,
        session.version(),
        session.groupSize());
  }

  /** The four ratings by element. */
  public Map<ContractingElement, ElementRating> ratings() {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    ratings.put(FOCUS, focus);
    ratings.put(OUTCOME, outcome);
    ratings.put(APPROACH, approach);
    ratings.put(PARTICIPATION, participation);
    return ratings;
  }

  /** The evidence lines by element; an element without one is absent. */
  public Map<ContractingElement, String> evidence() {
    Map<ContractingElement, String> evidence = new EnumMap<>(ContractingElement.class);
    put(evidence, FOCUS, focusEvidence);
    put(evidence, OUTCOME, outcomeEvidence);
    put(evidence, APPROACH, approachEvidence);
    put(evidence, PARTICIPATION, participationEvidence);
    return evidence;
  }

  private static void put(
      Map<ContractingElement, String> lines, ContractingElement e, String line) {
    if (line != null) {
      lines.put(e, line);
    }
  }

  /** What a form or a request starts from to revise this session (reflection as read). */
  public SessionEntry toEntry() {
    return new SessionEntry(
        clientId,
        heldOn,
        minutes,
        paymentBasis,
        ratings(),
        evidence(),
        driftMarkers,
        recontractingCount,
        recontractingMinute,
        recontractingNote,
        responsibilityShare,
        dramaRole,
        reflection);
  }
}
