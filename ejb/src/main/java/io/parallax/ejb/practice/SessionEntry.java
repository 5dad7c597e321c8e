package io.parallax.ejb.practice;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a trainee writes down about one client session, as the log form and the API send it:
 * when and how long, paid or pro bono ({@code null}: as the client usually is), each contracting
 * element rated with a line of evidence, the drift that showed, the re-contracting moments, the
 * coach's share of responsibility, the drama-triangle role noticed and the confidential reflection.
 * The domain checks every value; this only carries them. {@code groupSize}: 1 (or null) for an
 * individual session, the number of clients for a group session.
 */
public record SessionEntry(
    UUID clientId,
    LocalDate heldOn,
    int minutes,
    PaymentBasis paymentBasis,
    Map<ContractingElement, ElementRating> ratings,
    Map<ContractingElement, String> evidence,
    Set<DriftMarker> driftMarkers,
    int recontractingCount,
    Integer recontractingMinute,
    String recontractingNote,
    int responsibilityShare,
    DramaRole dramaRole,
    String reflection,
    Integer groupSize)
    implements Serializable {

  /** An entry that does not say the group size: an individual session, or unchanged on revise. */
  public SessionEntry(
      UUID clientId,
      LocalDate heldOn,
      int minutes,
      PaymentBasis paymentBasis,
      Map<ContractingElement, ElementRating> ratings,
      Map<ContractingElement, String> evidence,
      Set<DriftMarker> driftMarkers,
      int recontractingCount,
      Integer recontractingMinute,
      String recontractingNote,
      int responsibilityShare,
      DramaRole dramaRole,
      String reflection) {
    this(
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
        reflection,
        null);
  }

  /** The four ratings with their evidence lines; a missing rating names its element. */
  ContractingRatings contractingRatings() {
    Map<ContractingElement, ElementRating> rated = ratings == null ? Map.of() : ratings;
    ContractingRatings result =
        ContractingRatings.of(
            rated.get(ContractingElement.FOCUS),
            rated.get(ContractingElement.OUTCOME),
            rated.get(ContractingElement.APPROACH),
            rated.get(ContractingElement.PARTICIPATION));
    if (evidence != null) {
      for (var line : evidence.entrySet()) {
        if (line.getKey() == null) {
          throw new DomainRuleViolation("evidence", "sessionEntry.evidence");
        }
        result = result.withEvidence(line.getKey(), line.getValue());
      }
    }
    return result;
  }
}
