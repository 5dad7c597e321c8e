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
 * present only for its author, null for everyone else.
 */
public record PracticeSessionView(
    UUID id,
    String clientCode,
    LocalDate heldOn,
    int minutes,
    PaymentBasis paymentBasis,
    Map<ContractingElement, ElementRating> ratings,
    double score,
    Set<DriftMarker> driftMarkers,
    int recontractingCount,
    int responsibilityShare,
    DramaRole dramaRole,
    String reflection,
    long version) {

  static PracticeSessionView of(PracticeSession session, boolean withReflection) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      ratings.put(element, session.ratings().rating(element));
    }
    return new PracticeSessionView(
        session.id(),
        session.client().code(),
        session.heldOn(),
        session.minutes(),
        session.paymentBasis(),
        ratings,
        session.score(),
        session.driftMarkers(),
        session.recontractingCount(),
        session.responsibilityShare(),
        session.dramaRole().orElse(null),
        withReflection ? session.reflection().orElse(null) : null,
        session.version());
  }
}
