package io.parallax.ejb.calibration;

import io.parallax.domain.contracting.ContractingElement;
import java.util.Map;
import java.util.UUID;

/**
 * A supervisor's offset over all four elements (per assessment, the mean of its elements) and per
 * element.
 */
public record SupervisorDrift(
    UUID supervisor, Offset overall, Map<ContractingElement, Offset> byElement) {

  public SupervisorDrift {
    byElement = Map.copyOf(byElement);
  }
}
