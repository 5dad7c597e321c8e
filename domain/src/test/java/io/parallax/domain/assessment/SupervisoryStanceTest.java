package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class SupervisoryStanceTest {

  @Test
  void eachIdmLevelSuggestsItsOwnStance() {
    DevelopmentalScale idm = DevelopmentalScale.idm();

    assertThat(SupervisoryStance.suggestedFor(idm, "1")).startsWith("Structure and encouragement");
    assertThat(SupervisoryStance.suggestedFor(idm, "2")).startsWith("Support through fluctuating");
    assertThat(SupervisoryStance.suggestedFor(idm, "3")).startsWith("Collegial");
    assertThat(SupervisoryStance.suggestedFor(idm, " 3i ")).startsWith("Peer consultation");
  }

  @Test
  void anotherScaleTakesTheStanceOfItsLevelsRelativePlace() {
    assertThat(SupervisoryStance.stanceIndex(1, 5)).isZero();
    assertThat(SupervisoryStance.stanceIndex(2, 5)).isEqualTo(1);
    assertThat(SupervisoryStance.stanceIndex(3, 5)).isEqualTo(2);
    assertThat(SupervisoryStance.stanceIndex(5, 5)).isEqualTo(3);
    assertThat(SupervisoryStance.stanceIndex(1, 2)).isZero();
    assertThat(SupervisoryStance.stanceIndex(2, 2)).isEqualTo(3);
    assertThat(SupervisoryStance.suggestedFor(DevelopmentalScale.emcc(), "FOUNDATION"))
        .startsWith("Structure");
  }

  @Test
  void aLevelOffTheScaleSuggestsNothing() {
    assertThatThrownBy(() -> SupervisoryStance.suggestedFor(DevelopmentalScale.idm(), "4"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("level"));
  }
}
