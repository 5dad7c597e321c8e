package io.parallax.ejb.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.domain.contracting.ContractingElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases. The school's "true" line is grade = 1 + 4 × evidence. Supervisor L grades
 * {@code base + d}, S grades {@code base - d} on the same evidence, C grades {@code base}: the
 * pooled least-squares fit is then exactly the true line, and the residuals are exactly d, -d, 0.
 */
class GradingDriftTest {

  // bases 2 3 3 4 3 (evidence 0.25 0.5 0.5 0.75 0.5), offsets 1 2 0 1 1:
  // mean 1, sd sqrt(0.5), t(0.975, 4) = 2.7764, half width = 2.7764 * 0.7071 / sqrt(5) = 0.8780
  private static final int[] BASES = {2, 3, 3, 4, 3};
  private static final int[] OFFSETS = {1, 2, 0, 1, 1};
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 10);

  private final UUID lenient = UUID.randomUUID();
  private final UUID severe = UUID.randomUUID();
  private final UUID consistent = UUID.randomUUID();

  @Test
  void plantedOffsetsAreFlaggedWithTheirDirectionAndTheHandWorkedInterval() {
    List<GradedAssessment> school = school(BASES, OFFSETS, JANUARY);

    List<SupervisorDrift> drifts = new GradingDrift(DriftSettings.DEFAULTS).offsets(school);

    Offset l = of(drifts, lenient).overall();
    assertThat(l.mean()).isCloseTo(1.0, within(1e-9));
    assertThat(l.low()).isCloseTo(1.0 - 0.8780, within(1e-3));
    assertThat(l.high()).isCloseTo(1.0 + 0.8780, within(1e-3));
    assertThat(l.n()).isEqualTo(5);
    assertThat(l.verdict()).isEqualTo(DriftVerdict.LENIENT);
    assertThat(of(drifts, severe).overall().mean()).isCloseTo(-1.0, within(1e-9));
    assertThat(of(drifts, severe).overall().verdict()).isEqualTo(DriftVerdict.SEVERE);
    assertThat(of(drifts, consistent).overall().mean()).isCloseTo(0.0, within(1e-9));
    assertThat(of(drifts, consistent).overall().verdict()).isEqualTo(DriftVerdict.CONSISTENT);
    assertThat(of(drifts, lenient).byElement().get(ContractingElement.OUTCOME).verdict())
        .isEqualTo(DriftVerdict.LENIENT);
    assertThat(l.assessments()).hasSize(5);
  }

  @Test
  void oneAssessmentFewerThanTheMinimumIsNotEnoughDataNeverAFlag() {
    // the same school without the pair of offset 0: four assessments each, offsets 1 2 1 1
    List<GradedAssessment> school = school(new int[] {2, 3, 4, 3}, new int[] {1, 2, 1, 1}, JANUARY);

    List<SupervisorDrift> atFive =
        new GradingDrift(new DriftSettings(0.5, 5, 0.95)).offsets(school);
    List<SupervisorDrift> atFour =
        new GradingDrift(new DriftSettings(0.5, 4, 0.95)).offsets(school);

    assertThat(of(atFive, lenient).overall().verdict()).isEqualTo(DriftVerdict.NOT_ENOUGH_DATA);
    assertThat(of(atFive, severe).overall().verdict()).isEqualTo(DriftVerdict.NOT_ENOUGH_DATA);
    assertThat(of(atFour, lenient).overall().verdict()).isEqualTo(DriftVerdict.LENIENT);
    assertThat(of(atFour, severe).overall().verdict()).isEqualTo(DriftVerdict.SEVERE);
  }

  @Test
  void anOffsetNotLargerThanTheMarginIsNotFlagged() {
    List<GradedAssessment> school = school(BASES, OFFSETS, JANUARY);

    Offset atMargin =
        of(new GradingDrift(new DriftSettings(1.0, 5, 0.95)).offsets(school), lenient).overall();
    Offset belowMargin =
        of(new GradingDrift(new DriftSettings(0.99, 5, 0.95)).offsets(school), lenient).overall();

    assertThat(atMargin.verdict()).isEqualTo(DriftVerdict.CONSISTENT);
    assertThat(belowMargin.verdict()).isEqualTo(DriftVerdict.LENIENT);
  }

  @Test
  void anIntervalThatIncludesZeroIsNotFlaggedHoweverLargeTheMean() {
    // residuals 2 -1 1 2 -1: mean 0.6, sd 1.5166, half width 1.883: -1.28 .. 2.48
    GradingDrift drift = new GradingDrift(DriftSettings.DEFAULTS);
    List<GradedAssessment> five = school(BASES, OFFSETS, JANUARY).subList(0, 5);
    double[] residuals = {2, -1, 1, 2, -1};

    Offset offset = drift.offset(five, a -> residuals[five.indexOf(a)]);

    assertThat(offset.mean()).isCloseTo(0.6, within(1e-9));
    assertThat(offset.low()).isCloseTo(-1.283, within(1e-3));
    assertThat(offset.high()).isCloseTo(2.483, within(1e-3));
    assertThat(offset.verdict()).isEqualTo(DriftVerdict.CONSISTENT);
  }

  @Test
  void anOffsetThatMovesByMoreThanTheMarginBetweenPeriodsHasDrifted() {
    // January as above; June: everyone grades the line (offsets 0)
    List<GradedAssessment> school = new ArrayList<>(school(BASES, OFFSETS, JANUARY));
    school.addAll(school(BASES, new int[] {0, 0, 0, 0, 0}, LocalDate.of(2026, 6, 10)));

    List<PeriodDrift> periods =
        new GradingDrift(DriftSettings.DEFAULTS).periods(school, LocalDate.of(2026, 4, 1));

    PeriodDrift l = periods.stream().filter(p -> p.supervisor().equals(lenient)).findFirst().get();
    assertThat(l.before().mean()).isCloseTo(1.0, within(1e-9));
    assertThat(l.after().mean()).isCloseTo(0.0, within(1e-9));
    assertThat(l.change()).hasValueSatisfying(c -> assertThat(c).isCloseTo(-1.0, within(1e-9)));
    assertThat(l.drifted()).isTrue();
    PeriodDrift c =
        periods.stream().filter(p -> p.supervisor().equals(consistent)).findFirst().get();
    assertThat(c.drifted()).isFalse();
  }

  @Test
  void aPeriodWithTooFewAssessmentsGivesNoChangeAndNoDrift() {
    List<GradedAssessment> school = new ArrayList<>(school(BASES, OFFSETS, JANUARY));
    school.addAll(school(new int[] {3, 3}, new int[] {0, 0}, LocalDate.of(2026, 6, 10)));

    List<PeriodDrift> periods =
        new GradingDrift(DriftSettings.DEFAULTS).periods(school, LocalDate.of(2026, 4, 1));

    assertThat(periods).allSatisfy(p -> assertThat(p.change()).isEmpty());
    assertThat(periods).noneMatch(PeriodDrift::drifted);
  }

  private List<GradedAssessment> school(int[] bases, int[] offsets, LocalDate on) {
    List<GradedAssessment> all = new ArrayList<>();
    for (int i = 0; i < bases.length; i++) {
      double evidence = (bases[i] - 1) / 4.0;
      all.add(assessment(lenient, bases[i] + offsets[i], evidence, on));
      all.add(assessment(severe, bases[i] - offsets[i], evidence, on));
      all.add(assessment(consistent, bases[i], evidence, on));
    }
    all.sort(java.util.Comparator.comparing(a -> !a.supervisor().equals(lenient)));
    return all;
  }

  private static GradedAssessment assessment(
      UUID supervisor, int grade, double evidence, LocalDate on) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, Double> ratings = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      grades.put(element, grade);
      ratings.put(element, evidence);
    }
    return new GradedAssessment(UUID.randomUUID(), supervisor, on, grades, ratings);
  }

  private static SupervisorDrift of(List<SupervisorDrift> drifts, UUID supervisor) {
    return drifts.stream().filter(d -> d.supervisor().equals(supervisor)).findFirst().orElseThrow();
  }
}
