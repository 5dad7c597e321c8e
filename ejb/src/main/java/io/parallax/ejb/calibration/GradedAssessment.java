package io.parallax.ejb.calibration;

import io.parallax.domain.contracting.ContractingElement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A signed-off contracting assessment as grading drift reads it: the supervisor's 1 to 5 grade per
 * element, and per element the mean rating (ABSENT 0, PARTIAL 0.5, CLEAR 1) of the practice
 * sessions the supervisor cited as evidence. An assessment that cites no session has nothing to be
 * compared with and is left out before it gets here.
 */
public record GradedAssessment(
    UUID assessment,
    UUID supervisor,
    LocalDate assessedOn,
    Map<ContractingElement, Integer> grades,
    Map<ContractingElement, Double> evidence) {

  public GradedAssessment {
    grades = Map.copyOf(grades);
    evidence = Map.copyOf(evidence);
  }

  public int grade(ContractingElement element) {
    return grades.get(element);
  }

  public double evidence(ContractingElement element) {
    return evidence.get(element);
  }
}
