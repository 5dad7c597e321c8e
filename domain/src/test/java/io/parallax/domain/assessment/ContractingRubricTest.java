package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.contracting.ContractingElement;
import org.junit.jupiter.api.Test;

class ContractingRubricTest {

  @Test
  void everyElementHasFiveDistinctAnchorsFromAbsentToExemplary() {
    for (ContractingElement element : ContractingElement.values()) {
      assertThat(ContractingRubric.anchors(element)).hasSize(5).doesNotHaveDuplicates();
    }
    assertThat(ContractingRubric.anchor(ContractingElement.OUTCOME, 1))
        .isEqualTo("No outcome is discussed.");
    assertThat(ContractingRubric.anchor(ContractingElement.FOCUS, 5)).contains("re-contracting");
  }

  @Test
  void aGradeOutsideOneToFiveHasNoAnchor() {
    assertThatThrownBy(() -> ContractingRubric.anchor(ContractingElement.FOCUS, 0))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("grade"))
        .hasMessageContaining("from 1 to 5");
    assertThatThrownBy(() -> ContractingRubric.anchor(ContractingElement.FOCUS, 6))
        .isInstanceOf(DomainRuleViolation.class);
    assertThatThrownBy(() -> ContractingRubric.anchor(null, 3))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
