package io.parallax.domain.contracting;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a session was contracted: each of the four elements rated ABSENT, PARTIAL or CLEAR, with a
 * short line of evidence. Used for client sessions and for supervision sessions alike, so the two
 * can be compared element by element (parallel process).
 */
@Embeddable
public class ContractingRatings {

  public static final int MAX_EVIDENCE = 280;

  @Enumerated(EnumType.STRING)
  @Column(name = "focus_rating", nullable = false, length = 8)
  private ElementRating focus;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome_rating", nullable = false, length = 8)
  private ElementRating outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "approach_rating", nullable = false, length = 8)
  private ElementRating approach;

  @Enumerated(EnumType.STRING)
  @Column(name = "participation_rating", nullable = false, length = 8)
  private ElementRating participation;

  @Column(name = "focus_evidence", length = MAX_EVIDENCE)
  private String focusEvidence;

  @Column(name = "outcome_evidence", length = MAX_EVIDENCE)
  private String outcomeEvidence;

  @Column(name = "approach_evidence", length = MAX_EVIDENCE)
  private String approachEvidence;

  @Column(name = "participation_evidence", length = MAX_EVIDENCE)
  private String participationEvidence;

  protected ContractingRatings() {}

  private ContractingRatings(Map<ContractingElement, ElementRating> ratings) {
    for (ContractingElement element : ContractingElement.values()) {
      require(
          ratings.get(element) != null,
          element.name().toLowerCase(),
          "contractingRatings.rule",
          DomainRuleViolation.phrase("element." + element.name()));
    }
    focus = ratings.get(ContractingElement.FOCUS);
    outcome = ratings.get(ContractingElement.OUTCOME);
    approach = ratings.get(ContractingElement.APPROACH);
    participation = ratings.get(ContractingElement.PARTICIPATION);
  }

  /** All four elements rated the same; handy for demo data and tests. */
  public static ContractingRatings all(ElementRating rating) {
    return of(rating, rating, rating, rating);
  }

  public static ContractingRatings of(
      ElementRating focus,
      ElementRating outcome,
      ElementRating approach,
      ElementRating participation) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    ratings.put(ContractingElement.FOCUS, focus);
    ratings.put(ContractingElement.OUTCOME, outcome);
    ratings.put(ContractingElement.APPROACH, approach);
    ratings.put(ContractingElement.PARTICIPATION, participation);
    return new ContractingRatings(ratings);
  }

  /** The same ratings with a line of evidence for {@code element} (at most 280 characters). */
  public ContractingRatings withEvidence(ContractingElement element, String evidence) {
    String line = evidence == null || evidence.isBlank() ? null : evidence.strip();
    String field = element.name().toLowerCase() + "Evidence";
    require(
        line == null || line.length() <= MAX_EVIDENCE,
        field,
        "contractingRatings.rule.2",
        MAX_EVIDENCE);
    ContractingRatings copy = of(focus, outcome, approach, participation);
    copy.focusEvidence = element == ContractingElement.FOCUS ? line : focusEvidence;
    copy.outcomeEvidence = element == ContractingElement.OUTCOME ? line : outcomeEvidence;
    copy.approachEvidence = element == ContractingElement.APPROACH ? line : approachEvidence;
    copy.participationEvidence =
        element == ContractingElement.PARTICIPATION ? line : participationEvidence;
    return copy;
  }

  public ElementRating rating(ContractingElement element) {
    return switch (element) {
      case FOCUS -> focus;
      case OUTCOME -> outcome;
      case APPROACH -> approach;
      case PARTICIPATION -> participation;
    };
  }

  public String evidence(ContractingElement element) {
    return switch (element) {
      case FOCUS -> focusEvidence;
      case OUTCOME -> outcomeEvidence;
      case APPROACH -> approachEvidence;
      case PARTICIPATION -> participationEvidence;
    };
  }

  /** The session contracting score: 100 × the mean of the element values (0, 0.5, 1). */
  public double score() {
    double sum = 0;
    for (ContractingElement element : ContractingElement.values()) {
      sum += rating(element).value();
    }
    return 100 * sum / ContractingElement.values().length;
  }
}
