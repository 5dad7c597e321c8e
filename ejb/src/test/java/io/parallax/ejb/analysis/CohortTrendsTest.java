package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortTrendsTest {

  private static final UUID ANN = UUID.randomUUID();
  private static final UUID BOB = UUID.randomUUID();
  private static final long JAN = ReportPeriod.MONTH.numberOf(LocalDate.of(2026, 1, 1));

  @Test
  void rollsGroupsUpPerPeriodLevelAndCareerBand() {
    // Ann (level 1, 0-3 months): one all-CLEAR session (100) and one all-ABSENT (0) in January.
    // Bob (unassessed, 24+): one all-PARTIAL session (50) in January, one supervision (100).
    List<TrendRow> rows =
        List.of(
            row(SessionKind.CLIENT, ANN, CareerBand.MONTHS_0_3, all(CLEAR).plus(all(ABSENT))),
            row(SessionKind.CLIENT, BOB, CareerBand.MONTHS_24_PLUS, all(PARTIAL)),
            row(SessionKind.SUPERVISION, BOB, CareerBand.MONTHS_24_PLUS, all(CLEAR)));

    List<TrendPoint> points =
        CohortTrends.rollUp(ReportPeriod.MONTH, rows, t -> t.equals(ANN) ? "1" : null);

    assertThat(points).hasSize(1);
    TrendPoint january = points.get(0);
    // (100 + 0 + 50) / 3 = 50; FOCUS CLEAR in 1 of 3
    assertThat(january.all().client().meanScore()).isEqualTo(50.0);
    assertThat(january.all().client().clearShare().get(ContractingElement.FOCUS))
        .isEqualTo(1 / 3.0);
    assertThat(january.all().supervision().meanScore()).isEqualTo(100.0);
    Map<String, SideBySide> levels = january.byLevel();
    assertThat(levels.get("1").client().meanScore()).isEqualTo(50.0);
    assertThat(levels.get("1").supervision().sessions()).isZero();
    assertThat(levels.get(CohortTrends.UNASSESSED).client().meanScore()).isEqualTo(50.0);
    assertThat(january.byCareerBand().get(CareerBand.MONTHS_24_PLUS).supervision().sessions())
        .isEqualTo(1);
  }

  private static ContractingTally all(io.parallax.domain.contracting.ElementRating rating) {
    return ContractingTally.ofSession(rating, rating, rating, rating);
  }

  private static TrendRow row(
      SessionKind kind, UUID trainee, CareerBand band, ContractingTally tally) {
    return new TrendRow(kind, JAN, trainee, band, tally);
  }
}
