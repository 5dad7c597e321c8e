package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import org.junit.jupiter.api.Test;

class ContractingTallyTest {

  @Test
  void sessionScoreIsAHundredTimesTheMeanElementValue() {
    // (1 + 0.5 + 0 + 1) / 4 = 0.625
    ContractingTally one = ContractingTally.ofSession(CLEAR, PARTIAL, ABSENT, CLEAR);

    assertThat(one.meanScore()).isEqualTo(62.5);
    assertThat(ContractingRatings.of(CLEAR, PARTIAL, ABSENT, CLEAR).score()).isEqualTo(62.5);
  }

  @Test
  void meanScoreSharesAndRatesOverSessions() {
    // scores 62.5, 100, 0 -> mean 54.1666...; FOCUS clear in 2 of 3; STORYTELLING in 2 of 3
    ContractingTally tally =
        ContractingTally.ofSession(CLEAR, CLEAR, PARTIAL, ABSENT, DriftMarker.STORYTELLING)
            .plus(ContractingTally.ofSession(CLEAR, CLEAR, CLEAR, CLEAR))
            .plus(
                ContractingTally.ofSession(
                    ABSENT,
                    ABSENT,
                    ABSENT,
                    ABSENT,
                    DriftMarker.STORYTELLING,
                    DriftMarker.CIRCLING));

    assertThat(tally.sessions()).isEqualTo(3);
    assertThat(tally.meanScore()).isEqualTo(162.5 / 3);
    assertThat(tally.clearShare(ContractingElement.FOCUS)).isEqualTo(2 / 3.0);
    assertThat(tally.weakShare(ContractingElement.APPROACH)).isEqualTo(2 / 3.0);
    assertThat(tally.driftRate(DriftMarker.STORYTELLING)).isEqualTo(2 / 3.0);
    assertThat(tally.driftRate(DriftMarker.TOPIC_HOPPING)).isZero();
    assertThat(tally.anyDriftRate()).isEqualTo(2 / 3.0);
  }

  @Test
  void noSessionsGiveNoFigures() {
    assertThat(ContractingTally.EMPTY.meanScore()).isNull();
    assertThat(ContractingTally.EMPTY.clearShare(ContractingElement.FOCUS)).isNull();
  }

  @Test
  void readsARowOfCountsInQueryOrder() {
    // sessions 4; CLEAR 4,3,2,1; PARTIAL 0,1,1,2; drift 1,0,0,2; drifted 3
    Object[] row = {"x", 4L, 4L, 3L, 2L, 1L, 0L, 1L, 1L, 2L, 1L, 0L, 0L, 2L, 3L};

    ContractingTally tally = ContractingTally.fromRow(row, 1);

    // points 4 + 3.5 + 2.5 + 2 = 12 of 16
    assertThat(tally.meanScore()).isEqualTo(75.0);
    assertThat(tally.driftRate(DriftMarker.CIRCLING)).isEqualTo(0.5);
    assertThat(tally.anyDriftRate()).isEqualTo(0.75);
  }
}
