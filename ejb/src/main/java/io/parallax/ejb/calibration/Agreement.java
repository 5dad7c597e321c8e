package io.parallax.ejb.calibration;

import static io.parallax.domain.assessment.ContractingAssessment.MAX_GRADE;
import static io.parallax.domain.assessment.ContractingAssessment.MIN_GRADE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Agreement among raters who graded the same items on the 1 to 5 contracting scale. The figures
 * come from DKPro Statistics: Krippendorff's alpha with the ordinal metric (missing grades allowed:
 * an item graded by fewer than two raters adds nothing), and Cohen's weighted kappa for each pair
 * of raters with linear weights (a 1-against-3 disagreement counts twice a 1-against-2), over the
 * items both graded. A figure that cannot be computed (fewer than two pairable grades, or no
 * variation at all, where chance agreement is already perfect) is empty rather than a made-up 1 or
 * 0.
 */
public final class Agreement {

  /**
   * Linear disagreement weights between two grades, the usual choice for ordinal kappa, scaled to
   * 0..1 by the width of the 1 to 5 scale. The scaling is required, not cosmetic: DKPro's weighted
   * kappa (2.2.1) divides the observed and the expected disagreement each by the largest distance
   * it met in that sum (at least 1), which only cancels out when no distance exceeds 1.
   */
  static final IDistanceFunction LINEAR =
      (study, category1, category2) ->
          Math.abs(((Number) category1).doubleValue() - ((Number) category2).doubleValue())
              / (MAX_GRADE - MIN_GRADE);

  private Agreement() {}

  /**
   * Krippendorff's alpha (ordinal) of {@code grades}: one row per item, one column per rater,
   * {@code null} where a rater did not grade the item.
   */
  public static Optional<Double> ordinalAlpha(List<Integer[]> grades) {
    if (grades.isEmpty()) {
      return Optional.empty();
    }
    int raters = grades.get(0).length;
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
    int pairable = 0;
    for (Integer[] item : grades) {
      if (present(item) >= 2) {
        study.addItemAsArray(item);
        pairable++;
      }
    }
    if (pairable == 0 || study.getCategoryCount() < 2) {
      return Optional.empty();
    }
    double alpha =
        new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement();
    return finite(alpha);
  }

  /** Weighted kappa (linear weights) of two raters over the items both graded. */
  public static Optional<Double> weightedKappa(List<Integer> first, List<Integer> second) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
    for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
      if (first.get(i) != null && second.get(i) != null) {
        study.addItem(first.get(i), second.get(i));
      }
    }
    if (study.getItemCount() < 2 || study.getCategoryCount() < 2) {
      return Optional.empty();
    }
    return finite(new WeightedKappaAgreement(study, LINEAR).calculateAgreement());
  }

  /** The weighted kappa of every pair of raters (columns) of {@code grades}. */
  public static List<PairKappa> pairwiseKappa(List<Integer[]> grades) {
    List<PairKappa> pairs = new ArrayList<>();
    if (grades.isEmpty()) {
      return pairs;
    }
    int raters = grades.get(0).length;
    for (int a = 0; a < raters; a++) {
      for (int b = a + 1; b < raters; b++) {
        pairs.add(new PairKappa(a, b, weightedKappa(column(grades, a), column(grades, b))));
      }
    }
    return pairs;
  }

  /** The mean of the pairwise kappas that could be computed; empty when none could. */
  public static Optional<Double> meanPairwiseKappa(List<Integer[]> grades) {
    return pairwiseKappa(grades).stream()
        .flatMap(pair -> pair.kappa().stream())
        .mapToDouble(Double::doubleValue)
        .average()
        .stream()
        .boxed()
        .findFirst();
  }

  /** The weighted kappa of the raters in columns {@code first} and {@code second}. */
  public record PairKappa(int first, int second, Optional<Double> kappa) {}

  private static List<Integer> column(List<Integer[]> grades, int rater) {
    List<Integer> column = new ArrayList<>();
    for (Integer[] item : grades) {
      column.add(item[rater]);
    }
    return column;
  }

  private static int present(Integer[] item) {
    int n = 0;
    for (Integer grade : item) {
      if (grade != null) {
        n++;
      }
    }
    return n;
  }

  private static Optional<Double> finite(double value) {
    return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
  }
}
