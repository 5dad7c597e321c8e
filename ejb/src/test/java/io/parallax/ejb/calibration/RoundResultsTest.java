package io.parallax.ejb.calibration;

import static io.parallax.domain.contracting.ContractingElement.APPROACH;
import static io.parallax.domain.contracting.ContractingElement.FOCUS;
import static io.parallax.domain.contracting.ContractingElement.OUTCOME;
import static io.parallax.domain.contracting.ContractingElement.PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.domain.calibration.CalibrationExercise;
import io.parallax.domain.calibration.CalibrationGrade;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.calibration.ExerciseViews.GraderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundResultsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();
  private final UUID c = UUID.randomUUID();
  private final CalibrationExercise exercise =
      new CalibrationExercise(
          "Round",
          "admin",
          NOW,
          TODAY,
          TODAY,
          new CalibrationExercise.Material(List.of(UUID.randomUUID()), "V", null, false),
          List.of(a, b, c));

  // case 0: A 3333, B 4444, C 3233 -> medians 3333
  // case 1: A 1221, B 2231, C 1121 -> medians 1221
  private final List<CalibrationGrade> grades =
      new ArrayList<>(
          List.of(
              grade(a, 0, 3, 3, 3, 3),
              grade(b, 0, 4, 4, 4, 4),
              grade(c, 0, 3, 2, 3, 3),
              grade(a, 1, 1, 2, 2, 1),
              grade(b, 1, 2, 2, 3, 1),
              grade(c, 1, 1, 1, 2, 1)));

  @Test
  void everyGradeStandsBesideTheMedianWithEachSupervisorsOffset() {
    RoundResults results = new RoundResults(List.of(a, b, c), 2, grades);

    assertThat(results.medians().get(0).medians())
        .containsEntry(FOCUS, 3.0)
        .containsEntry(OUTCOME, 3.0);
    assertThat(results.medians().get(1).medians())
        .containsEntry(FOCUS, 1.0)
        .containsEntry(OUTCOME, 2.0)
        .containsEntry(APPROACH, 2.0)
        .containsEntry(PARTICIPATION, 1.0);
    List<GraderRow> rows = results.rows(b, id -> id.equals(a) ? "Ada" : id.equals(b) ? "Bo" : "Cy");
    // offsets: A 0/8; B (1+1+1+1+1+0+1+0)/8 = 0.75; C (0-1+0+0+0-1+0+0)/8 = -0.25
    assertThat(rows).extracting(GraderRow::name).containsExactly("Ada", "Bo", "Cy");
    assertThat(rows.get(0).offset()).isCloseTo(0.0, within(1e-9));
    assertThat(rows.get(1).offset()).isCloseTo(0.75, within(1e-9));
    assertThat(rows.get(1).self()).isTrue();
    assertThat(rows.get(2).offset()).isCloseTo(-0.25, within(1e-9));
    assertThat(rows.get(2).grades()).hasSize(2);
  }

  @Test
  void agreementIsOverTheCasesPerElementAndOverEveryCaseAndElementOverall() {
    RoundResults results = new RoundResults(List.of(a, b, c), 2, grades);

    ExerciseViews.AgreementFigures figures = results.agreement();

    List<Integer[]> all = new ArrayList<>();
    for (ContractingElement element : ContractingElement.values()) {
      all.add(
          new Integer[] {
            grades.get(0).grade(element), grades.get(1).grade(element), grades.get(2).grade(element)
          });
      all.add(
          new Integer[] {
            grades.get(3).grade(element), grades.get(4).grade(element), grades.get(5).grade(element)
          });
    }
    assertThat(figures.alpha()).isCloseTo(Agreement.ordinalAlpha(all).orElseThrow(), within(1e-12));
    assertThat(figures.meanKappa())
        .isCloseTo(Agreement.meanPairwiseKappa(all).orElseThrow(), within(1e-12));
    assertThat(figures.alpha()).isBetween(0.0, 1.0);
    // FOCUS over the two cases: (3,4,3) and (1,2,1)
    assertThat(figures.alphaByElement().get(FOCUS))
        .isCloseTo(
            Agreement.ordinalAlpha(List.of(new Integer[] {3, 4, 3}, new Integer[] {1, 2, 1}))
                .orElseThrow(),
            within(1e-12));
  }

  @Test
  void aMissingGradeIsLeftOutAndOneCaseGivesNoPerElementAlpha() {
    grades.remove(5); // C did not grade case 1
    RoundResults two = new RoundResults(List.of(a, b, c), 2, grades);
    RoundResults one =
        new RoundResults(
            List.of(a, b, c), 1, grades.stream().filter(g -> g.caseIndex() == 0).toList());

    assertThat(two.medians().get(1).medians()).containsEntry(FOCUS, 1.5);
    assertThat(two.rows(null, id -> "x").get(2).offset()).isCloseTo(-0.25, within(1e-9));
    assertThat(two.rows(a, id -> id.equals(a) ? "Ada" : null))
        .extracting(GraderRow::name, GraderRow::peer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ada", null),
            org.assertj.core.groups.Tuple.tuple(null, "A"),
            org.assertj.core.groups.Tuple.tuple(null, "B"));
    assertThat(one.agreement().alphaByElement().get(FOCUS)).isNull();
    assertThat(one.agreement().alpha()).isNotNull();
  }

  private CalibrationGrade grade(UUID who, int caseIndex, int f, int o, int ap, int p) {
    Map<ContractingElement, Integer> g = new EnumMap<>(ContractingElement.class);
    g.put(FOCUS, f);
    g.put(OUTCOME, o);
    g.put(APPROACH, ap);
    g.put(PARTICIPATION, p);
    return new CalibrationGrade(exercise, who, caseIndex, g, "because", NOW);
  }
}
