package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a set of sessions was contracted: how many, their mean contracting score (0–100), the share
 * rating each element CLEAR and the rate of each drift marker (0–1). Null figures mean no sessions.
 */
public record ContractingFigures(
    long sessions,
    Double meanScore,
    Map<ContractingElement, Double> clearShare,
    Map<DriftMarker, Double> driftRate,
    Double anyDriftRate)
    implements Serializable {

  public static ContractingFigures of(ContractingTally tally) {
    Map<ContractingElement, Double> clear = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      clear.put(element, tally.clearShare(element));
    }
    Map<DriftMarker, Double> drift = new EnumMap<>(DriftMarker.class);
    for (DriftMarker marker : DriftMarker.values()) {
      drift.put(marker, tally.driftRate(marker));
    }
    return new ContractingFigures(
        tally.sessions(), tally.meanScore(), clear, drift, tally.anyDriftRate());
  }
}
