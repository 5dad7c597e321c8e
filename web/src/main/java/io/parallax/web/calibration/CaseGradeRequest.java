package io.parallax.web.calibration;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.web.assessment.ContractingGrades.Grades;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;

/** A supervisor's blind grade of one case: 1 to 5 per element, as in an assessment, and why. */
public record CaseGradeRequest(
    @NotNull(message = "{parallax.calibration.3}") @Valid Grades grades, String rationale) {

  Map<ContractingElement, Integer> byElement() {
    Map<ContractingElement, Integer> byElement = new EnumMap<>(ContractingElement.class);
    byElement.put(ContractingElement.FOCUS, grades.focus());
    byElement.put(ContractingElement.OUTCOME, grades.outcome());
    byElement.put(ContractingElement.APPROACH, grades.approach());
    byElement.put(ContractingElement.PARTICIPATION, grades.participation());
    return byElement;
  }
}
