package io.parallax.ejb.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A client session as one reader may see it. {@code reflection} is the trainee's confidential text:
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
    Map<ContractingElement, ElementRating> ratings,
    Map<ContractingElement, String> evidence,
    double score,
    Set<DriftMarker> driftMarkers,
    int recontractingCount,
    Integer recontractingMinute,
    String recontractingNote,
    int responsibilityShare,
    boolean rescuing,
    DramaRole dramaRole,
    String reflection,
    long version) {

  static PracticeSessionView of(PracticeSession session, boolean withReflection) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, String> evidence = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      ratings.put(element, session.ratings().rating(element));
      String line = session.ratings().evidence(element);
      if (line != null) {
        evidence.put(element, line);
      }
    }
    return new PracticeSessionView(
        session.id(),
        session.client().id(),
        session.client().code(),
        session.heldOn(),
        session.minutes(),
        session.paymentBasis(),
        ratings,
        evidence,
        session.score(),
        session.driftMarkers(),
        session.recontractingCount(),
        session.recontractingMinute().orElse(null),
        session.recontractingNote().orElse(null),
        session.responsibilityShare(),
        session.isRescuing(),
        session.dramaRole().orElse(null),
        withReflection ? session.reflection().orElse(null) : null,
        session.version());
  }

  /** What a form or a request starts from to revise this session (reflection as read). */
  public SessionEntry toEntry() {
    return new SessionEntry(
        clientId,
        heldOn,
        minutes,
        paymentBasis,
        ratings,
        evidence,
        driftMarkers,
        recontractingCount,
        recontractingMinute,
        recontractingNote,
        responsibilityShare,
        dramaRole,
        reflection);
  }
}
