package io.parallax.web.services;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.SessionEntry;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test builder: a client session to log or revise from its contracting ratings alone, with no
 * drift, re-contracting or role noticed (what a quick test needs from {@code PracticeSessions}).
 */
final class SessionEntries {

  private SessionEntries() {}

  static SessionEntry entry(
      UUID clientId,
      LocalDate heldOn,
      int minutes,
      ContractingRatings ratings,
      int responsibilityShare,
      String reflection) {
    return new SessionEntry(
        clientId,
        heldOn,
        minutes,
        null,
        ratingsOf(ratings),
        Map.of(),
        Set.of(),
        0,
        null,
        null,
        responsibilityShare,
        null,
        reflection);
  }

  /** {@code session} as read, with other ratings, responsibility share and reflection. */
  static SessionEntry revision(
      PracticeSessionView session,
      ContractingRatings ratings,
      int responsibilityShare,
      String reflection) {
    SessionEntry read = session.toEntry();
    return new SessionEntry(
        read.clientId(),
        read.heldOn(),
        read.minutes(),
        read.paymentBasis(),
        ratingsOf(ratings),
        Map.of(),
        read.driftMarkers(),
        read.recontractingCount(),
        read.recontractingMinute(),
        read.recontractingNote(),
        responsibilityShare,
        read.dramaRole(),
        reflection);
  }

  private static Map<ContractingElement, ElementRating> ratingsOf(ContractingRatings ratings) {
    Map<ContractingElement, ElementRating> byElement = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      byElement.put(element, ratings.rating(element));
    }
    return byElement;
  }
}
