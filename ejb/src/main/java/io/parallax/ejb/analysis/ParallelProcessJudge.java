package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a trainee's parallel-process signal from the counts of their sessions, by the {@link
 * SignalThresholds}: contracting weak in the same elements with clients and in supervision, the
 * same drift in both, over-responsibility in both, and the supervisor's own observations each add a
 * point; enough points make the signal POSSIBLE or LIKELY.
 */
public final class ParallelProcessJudge {

  private final SignalThresholds thresholds;

  public ParallelProcessJudge(SignalThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public ParallelProcessSignal judge(TraineeEvidence evidence) {
    ContractingTally client = evidence.client();
    ContractingTally supervision = evidence.supervision();
    boolean enough =
        client.sessions() >= thresholds.minClientSessions()
            && supervision.sessions() >= thresholds.minSupervisionSessions();
    Set<ContractingElement> elements = EnumSet.noneOf(ContractingElement.class);
    Set<DriftMarker> drift = EnumSet.noneOf(DriftMarker.class);
    boolean overResponsibility = false;
    if (enough) {
      for (ContractingElement element : ContractingElement.values()) {
        if (client.weakShare(element) >= thresholds.weakShare()
            && supervision.weakShare(element) >= thresholds.weakShare()) {
          elements.add(element);
        }
      }
      for (DriftMarker marker : DriftMarker.values()) {
        if (client.driftRate(marker) >= thresholds.driftRate()
            && supervision.driftRate(marker) >= thresholds.driftRate()) {
          drift.add(marker);
        }
      }
      overResponsibility =
          evidence.rescuingClientSessions() / (double) client.sessions()
                  >= thresholds.rescuingShare()
              && evidence.overResponsibilityNamed() > 0;
    }
    int points =
        elements.size()
            + (drift.isEmpty() ? 0 : 1)
            + (overResponsibility ? 1 : 0)
            + (enough && evidence.observations() > 0 ? 1 : 0);
    return new ParallelProcessSignal(
        evidence.trainee(),
        null,
        level(enough, points),
        points,
        enough,
        client.sessions(),
        supervision.sessions(),
        elements,
        drift,
        overResponsibility,
        evidence.observations(),
        weakShares(client),
        weakShares(supervision),
        List.of());
  }

  private SignalLevel level(boolean enough, int points) {
    if (!enough || points < thresholds.possibleAt()) {
      return SignalLevel.NONE;
    }
    return points >= thresholds.likelyAt() ? SignalLevel.LIKELY : SignalLevel.POSSIBLE;
  }

  private static Map<ContractingElement, Double> weakShares(ContractingTally tally) {
    Map<ContractingElement, Double> shares = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      shares.put(element, tally.weakShare(element));
    }
    return shares;
  }
}
