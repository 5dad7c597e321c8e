package io.parallax.ejb.practice;

import static io.parallax.domain.contracting.ContractingElement.APPROACH;
import static io.parallax.domain.contracting.ContractingElement.FOCUS;
import static io.parallax.domain.contracting.ContractingElement.OUTCOME;
import static io.parallax.domain.contracting.ContractingElement.PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.DriftMarker;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticeMonthTest {

  /** Two sessions: CLEAR,PARTIAL,ABSENT,CLEAR (62.5) and all CLEAR (100). */
  private final PracticeMonth january =
      new PracticeMonth(
          YearMonth.of(2026, 1),
          2,
          Map.of(FOCUS, 2L, OUTCOME, 1L, APPROACH, 1L, PARTICIPATION, 2L),
          Map.of(OUTCOME, 1L),
          Map.of(DriftMarker.STORYTELLING, 1L),
          new CoachingHours(60, 45),
          1,
          3);

  @Test
  void scoresTheMeanOfEveryElementRating() {
    assertThat(january.score()).isEqualTo(81.25);
  }

  @Test
  void sharesOfClearAndDriftArePerSession() {
    assertThat(january.clearShare(FOCUS)).isEqualTo(1.0);
    assertThat(january.clearShare(APPROACH)).isEqualTo(0.5);
    assertThat(january.driftRate(DriftMarker.STORYTELLING)).isEqualTo(0.5);
    assertThat(january.driftRate(DriftMarker.CIRCLING)).isZero();
  }

  @Test
  void figuresOverMonthsWeighEverySessionTheSame() {
    PracticeMonth february =
        new PracticeMonth(
            YearMonth.of(2026, 2), 1, Map.of(), Map.of(), Map.of(), new CoachingHours(0, 30), 0, 0);
    PracticeFigures figures = new PracticeFigures(List.of(january, february), 2);

    assertThat(figures.sessions()).isEqualTo(3);
    assertThat(figures.score()).isEqualTo((81.25 * 2 + 0) / 3);
    assertThat(figures.clearShare(FOCUS)).isEqualTo(2.0 / 3);
    assertThat(figures.hours()).isEqualTo(new CoachingHours(60, 75));
    assertThat(figures.rescuing()).isEqualTo(1);
  }

  @Test
  void anEmptyMonthScoresNothing() {
    PracticeMonth empty =
        new PracticeMonth(
            YearMonth.of(2026, 3), 0, Map.of(), Map.of(), Map.of(), CoachingHours.NONE, 0, 0);

    assertThat(empty.score()).isZero();
    assertThat(empty.clearShare(FOCUS)).isZero();
    assertThat(new PracticeFigures(List.of(), 0).isEmpty()).isTrue();
  }
}
