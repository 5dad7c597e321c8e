package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ElementRating;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModellingAndStagesTest {

  private static final UUID ANN = UUID.randomUUID();
  private static final UUID BOB = UUID.randomUUID();

  @Test
  void modellingEffectIsTheMeanChangeAfterModelledMinusAfterTheOthers() {
    // modelled: 0 -> 100 (+100) and 50 -> 100 (+50): mean +75
    // not modelled: 50 -> 50 (0) and 100 -> 50 (-50): mean -25; effect 75 - (-25) = 100
    // a window without client sessions after it does not count
    List<SupervisionWindow> windows =
        List.of(
            window(true, all(ABSENT), all(CLEAR)),
            window(true, all(PARTIAL), all(CLEAR)),
            window(false, all(PARTIAL), all(PARTIAL)),
            window(false, all(CLEAR), all(PARTIAL)),
            window(true, all(ABSENT), ContractingTally.EMPTY));

    ModellingEffect effect = ModellingEffect.of(windows);

    assertThat(effect.modelledSessions()).isEqualTo(2);
    assertThat(effect.modelledChange()).isEqualTo(75.0);
    assertThat(effect.otherSessions()).isEqualTo(2);
    assertThat(effect.otherChange()).isEqualTo(-25.0);
    assertThat(effect.effect()).isEqualTo(100.0);
  }

  @Test
  void noModelledSessionMeansNoEffect() {
    ModellingEffect effect = ModellingEffect.of(List.of(window(false, all(ABSENT), all(CLEAR))));

    assertThat(effect.effect()).isNull();
    assertThat(effect.otherChange()).isEqualTo(100.0);
  }

  @Test
  void stageDistributionAndTimeInLevel() {
    // Ann: 1 on Jan 1, 1 again on Feb 1, 2 on Mar 3 (today Apr 2): a 61-day stay at 1, 30 at 2.
    // Bob: 1 on Mar 23: 10 days at 1 so far. Three trainees in the cohort: one unassessed.
    List<StageStep> steps =
        List.of(
            new StageStep(ANN, LocalDate.of(2026, 2, 1), "1"),
            new StageStep(ANN, LocalDate.of(2026, 1, 1), "1"),
            new StageStep(ANN, LocalDate.of(2026, 3, 3), "2"),
            new StageStep(BOB, LocalDate.of(2026, 3, 23), "1"));

    StageProgression progression =
        StageProgression.of(List.of("1", "2", "3", "3i"), 3, steps, LocalDate.of(2026, 4, 2));

    assertThat(progression.distribution())
        .containsExactly(
            java.util.Map.entry("1", 1L),
            java.util.Map.entry("2", 1L),
            java.util.Map.entry("3", 0L),
            java.util.Map.entry("3i", 0L),
            java.util.Map.entry(CohortTrends.UNASSESSED, 1L));
    // level 1: (61 + 10) / 2 = 35.5 days; level 2: 30 days
    assertThat(progression.meanDaysInLevel().get("1")).isEqualTo(35.5);
    assertThat(progression.meanDaysInLevel().get("2")).isEqualTo(30.0);
    assertThat(progression.meanDaysInLevel().get("3")).isNull();
    assertThat(progression.distributionText()).isEqualTo("1=1,2=1,3=0,3i=0,unassessed=1");
  }

  private static SupervisionWindow window(
      boolean modelled, ContractingTally before, ContractingTally after) {
    return new SupervisionWindow(UUID.randomUUID(), BOB, modelled, before, after);
  }

  private static ContractingTally all(ElementRating rating) {
    return ContractingTally.ofSession(rating, rating, rating, rating);
  }
}
