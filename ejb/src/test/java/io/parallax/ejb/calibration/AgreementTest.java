package io.parallax.ejb.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;

class AgreementTest {

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
   * twelve units, values 1 to 5 with missing data. Published: nominal 0.743, ordinal 0.815,
   * interval 0.849.
   */
  private static final List<Integer[]> KRIPPENDORFF_2011 =
      List.of(
          new Integer[] {1, 1, null, 1},
          new Integer[] {2, 2, 3, 2},
          new Integer[] {3, 3, 3, 3},
          new Integer[] {3, 3, 3, 3},
          new Integer[] {2, 2, 2, 2},
          new Integer[] {1, 2, 3, 4},
          new Integer[] {4, 4, 4, 4},
          new Integer[] {1, 1, 2, 1},
          new Integer[] {2, 2, 2, 2},
          new Integer[] {null, 5, 5, 5},
          new Integer[] {null, null, 1, 1},
          new Integer[] {null, 3, null, null});

  @Test
  void ordinalAlphaOfKrippendorffsWorkedExampleIsThePublished0815() {
    assertThat(Agreement.ordinalAlpha(KRIPPENDORFF_2011))
        .hasValueSatisfying(alpha -> assertThat(alpha).isCloseTo(0.815, within(0.0005)));
  }

  @Test
  void theSameDataGiveThePublishedNominalAndIntervalAlphas() {
    // the data are entered right: the library reproduces the other two published figures too
    assertThat(alpha(new NominalDistanceFunction())).isCloseTo(0.743, within(0.0005));
    assertThat(alpha(new IntervalDistanceFunction())).isCloseTo(0.849, within(0.0005));
  }

  @Test
  void ordinalAlphaOfATwoValueCaseIsFourNinthsByHand() {
    // units (1,1) (1,2) (2,2): n = 6, three of each value; one disagreeing pair.
    // delta(1,2) = (3/2 + 3/2)^2 = 9; Do = 2 * 9 / 6 = 3; De = 2 * 3 * 3 * 9 / (6 * 5) = 5.4
    List<Integer[]> grades =
        List.of(new Integer[] {1, 1}, new Integer[] {1, 2}, new Integer[] {2, 2});

    assertThat(Agreement.ordinalAlpha(grades))
        .hasValueSatisfying(alpha -> assertThat(alpha).isCloseTo(4.0 / 9.0, within(1e-9)));
  }

  @Test
  void perfectAgreementIsOne() {
    List<Integer[]> grades =
        List.of(new Integer[] {1, 1, 1}, new Integer[] {3, 3, 3}, new Integer[] {5, 5, 5});

    assertThat(Agreement.ordinalAlpha(grades))
        .hasValueSatisfying(alpha -> assertThat(alpha).isCloseTo(1.0, within(1e-9)));
    assertThat(Agreement.meanPairwiseKappa(grades))
        .hasValueSatisfying(kappa -> assertThat(kappa).isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void noVariationOrNoPairableGradesGiveNoFigureRatherThanAMadeUpOne() {
    assertThat(Agreement.ordinalAlpha(List.of(new Integer[] {3, 3}, new Integer[] {3, 3})))
        .isEmpty();
    assertThat(Agreement.ordinalAlpha(List.of(new Integer[] {3, null}, new Integer[] {null, 4})))
        .isEmpty();
    assertThat(Agreement.ordinalAlpha(List.of())).isEmpty();
    assertThat(Agreement.weightedKappa(List.of(2), List.of(4))).isEmpty();
  }

  @Test
  void linearlyWeightedKappaOfTwoRatersIsNineEleventhsByHand() {
    // A = 1 2 3 4, B = 1 2 4 4: Do = mean |a - b| = 1/4;
    // De = mean over all 16 (a, b) pairs of |a - b| = (7 + 5 + 5 + 5) / 16 = 22/16;
    // kappa = 1 - (1/4) / (22/16) = 9/11
    assertThat(Agreement.weightedKappa(List.of(1, 2, 3, 4), List.of(1, 2, 4, 4)))
        .hasValueSatisfying(kappa -> assertThat(kappa).isCloseTo(9.0 / 11.0, within(1e-9)));
  }

  @Test
  void pairwiseKappaSkipsItemsOneOfThePairDidNotGrade() {
    List<Integer[]> grades =
        List.of(
            new Integer[] {1, 1, null},
            new Integer[] {2, 2, 5},
            new Integer[] {3, 4, 1},
            new Integer[] {4, 4, null},
            new Integer[] {null, 2, 2});

    List<Agreement.PairKappa> pairs = Agreement.pairwiseKappa(grades);

    assertThat(pairs)
        .extracting(Agreement.PairKappa::first, Agreement.PairKappa::second)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1),
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(1, 2));
    // raters 0 and 1 share items 1 to 4: the 9/11 case above
    assertThat(pairs.get(0).kappa())
        .hasValueSatisfying(kappa -> assertThat(kappa).isCloseTo(9.0 / 11.0, within(1e-9)));
  }

  private static double alpha(org.dkpro.statistics.agreement.distance.IDistanceFunction metric) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(4);
    KRIPPENDORFF_2011.stream()
        .filter(item -> java.util.Arrays.stream(item).filter(v -> v != null).count() >= 2)
        .forEach(study::addItemAsArray);
    return new KrippendorffAlphaAgreement(study, metric).calculateAgreement();
  }
}
