package io.parallax.ejb.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month of a trainee's client sessions, summed in the database: how many, how many times each
 * element was rated CLEAR or PARTIAL, how often each drift marker showed, the coaching time, the
 * sessions where the coach took more than half of the responsibility, and the re-contracting
 * moments. The figures the progress dashboard draws derive from these counts.
 */
public record PracticeMonth(
    YearMonth month,
    long sessions,
    Map<ContractingElement, Long> clear,
    Map<ContractingElement, Long> partial,
    Map<DriftMarker, Long> drift,
    CoachingHours hours,
    long rescuing,
    long recontracting)
    implements Serializable {

  public PracticeMonth {
    clear = Map.copyOf(clear);
    partial = Map.copyOf(partial);
    drift = Map.copyOf(drift);
  }

  /**
   * The mean session contracting score of the month: 100 × the mean of the element values (ABSENT
   * 0, PARTIAL 0.5, CLEAR 1) over every rating of every session.
   */
  public double score() {
    if (sessions == 0) {
      return 0;
    }
    double points = 0;
    for (ContractingElement element : ContractingElement.values()) {
      points += clear.getOrDefault(element, 0L) + 0.5 * partial.getOrDefault(element, 0L);
    }
    return 100 * points / (sessions * ContractingElement.values().length);
  }

  /** The share (0–1) of the month's sessions in which {@code element} was CLEAR. */
  public double clearShare(ContractingElement element) {
    return sessions == 0 ? 0 : (double) clear.getOrDefault(element, 0L) / sessions;
  }

  /** The share (0–1) of the month's sessions in which {@code marker} showed. */
  public double driftRate(DriftMarker marker) {
    return sessions == 0 ? 0 : (double) drift.getOrDefault(marker, 0L) / sessions;
  }
}
