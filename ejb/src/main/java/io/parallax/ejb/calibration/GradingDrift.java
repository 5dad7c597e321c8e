package io.parallax.ejb.calibration;

import io.parallax.domain.contracting.ContractingElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Grading drift in everyday work. For each element, the grade the evidence predicts is a straight
 * line fitted by least squares (Commons Math {@link SimpleRegression}) through all the school's
 * signed-off assessments: grade against the mean rating of the cited sessions. A supervisor's
 * offset is the mean of their residuals (grade minus prediction), with a Student-t interval; over
 * all elements, each assessment contributes the mean residual of its four elements once, since the
 * four grades of one assessment are not independent observations.
 *
 * <p>A supervisor is LENIENT (SEVERE) when the interval lies wholly above (below) zero and the
 * offset is larger than the margin; with fewer assessments than the minimum the answer is "not
 * enough data", never a flag.
 */
public final class GradingDrift {

  private final DriftSettings settings;

  public GradingDrift(DriftSettings settings) {
    this.settings = settings;
  }

  /**
   * Each supervisor's offsets, fitted on all of {@code assessments}, in order of first appearance.
   */
  public List<SupervisorDrift> offsets(List<GradedAssessment> assessments) {
    Map<ContractingElement, Fit> fits = fit(assessments);
    List<SupervisorDrift> drifts = new ArrayList<>();
    bySupervisor(assessments)
        .forEach(
            (supervisor, own) -> {
              Map<ContractingElement, Offset> byElement = new EnumMap<>(ContractingElement.class);
              for (ContractingElement element : ContractingElement.values()) {
                byElement.put(element, offset(own, a -> residual(fits, a, element)));
              }
              drifts.add(
                  new SupervisorDrift(
                      supervisor, offset(own, a -> meanResidual(fits, a)), byElement));
            });
    return drifts;
  }

  /**
   * Each supervisor's overall offset before {@code boundary} and from it on, both against the one
   * fit over all of {@code assessments}, and whether it moved by more than the margin.
   */
  public List<PeriodDrift> periods(List<GradedAssessment> assessments, LocalDate boundary) {
    Map<ContractingElement, Fit> fits = fit(assessments);
    List<PeriodDrift> drifts = new ArrayList<>();
    bySupervisor(assessments)
        .forEach(
            (supervisor, own) -> {
              Offset before =
                  offset(
                      own.stream().filter(a -> a.assessedOn().isBefore(boundary)).toList(),
                      a -> meanResidual(fits, a));
              Offset after =
                  offset(
                      own.stream().filter(a -> !a.assessedOn().isBefore(boundary)).toList(),
                      a -> meanResidual(fits, a));
              Optional<Double> change =
                  before.hasData() && after.hasData()
                      ? Optional.of(after.mean() - before.mean())
                      : Optional.empty();
              boolean drifted = change.map(c -> Math.abs(c) > settings.margin()).orElse(false);
              drifts.add(new PeriodDrift(supervisor, before, after, change, drifted));
            });
    return drifts;
  }

  /** The grade the school's fit expects for each element of each assessment, by assessment id. */
  public Map<UUID, Map<ContractingElement, Double>> expected(List<GradedAssessment> assessments) {
    Map<ContractingElement, Fit> fits = fit(assessments);
    Map<UUID, Map<ContractingElement, Double>> expected = new LinkedHashMap<>();
    for (GradedAssessment a : assessments) {
      Map<ContractingElement, Double> byElement = new EnumMap<>(ContractingElement.class);
      fits.forEach((element, fit) -> byElement.put(element, fit.predict(a.evidence(element))));
      expected.put(a.assessment(), byElement);
    }
    return expected;
  }

  /** The mean of {@code residual} over {@code own}, with its interval and verdict. */
  Offset offset(List<GradedAssessment> own, ToDoubleFunction<GradedAssessment> residual) {
    if (own.isEmpty()) {
      return Offset.none();
    }
    SummaryStatistics stats = new SummaryStatistics();
    own.forEach(a -> stats.addValue(residual.applyAsDouble(a)));
    List<UUID> ids = own.stream().map(GradedAssessment::assessment).toList();
    double mean = stats.getMean();
    int n = (int) stats.getN();
    if (n < 2) {
      return new Offset(mean, Double.NaN, Double.NaN, n, DriftVerdict.NOT_ENOUGH_DATA, ids);
    }
    double t =
        new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - settings.confidence()) / 2);
    double half = t * stats.getStandardDeviation() / Math.sqrt(n);
    double low = mean - half;
    double high = mean + half;
    return new Offset(mean, low, high, n, verdict(mean, low, high, n), ids);
  }

  DriftVerdict verdict(double mean, double low, double high, int n) {
    if (n < settings.minAssessments()) {
      return DriftVerdict.NOT_ENOUGH_DATA;
    }
    if (Math.abs(mean) > settings.margin() && (low > 0 || high < 0)) {
      return mean > 0 ? DriftVerdict.LENIENT : DriftVerdict.SEVERE;
    }
    return DriftVerdict.CONSISTENT;
  }

  private static Map<ContractingElement, Fit> fit(List<GradedAssessment> assessments) {
    Map<ContractingElement, Fit> fits = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      SimpleRegression regression = new SimpleRegression();
      SummaryStatistics grades = new SummaryStatistics();
      for (GradedAssessment a : assessments) {
        regression.addData(a.evidence(element), a.grade(element));
        grades.addValue(a.grade(element));
      }
      fits.put(element, new Fit(regression, grades.getMean()));
    }
    return fits;
  }

  private static double residual(
      Map<ContractingElement, Fit> fits, GradedAssessment a, ContractingElement element) {
    return a.grade(element) - fits.get(element).predict(a.evidence(element));
  }

  private static double meanResidual(Map<ContractingElement, Fit> fits, GradedAssessment a) {
    double sum = 0;
    for (ContractingElement element : ContractingElement.values()) {
      sum += residual(fits, a, element);
    }
    return sum / ContractingElement.values().length;
  }

  private static Map<UUID, List<GradedAssessment>> bySupervisor(List<GradedAssessment> all) {
    return all.stream()
        .collect(
            Collectors.groupingBy(
                GradedAssessment::supervisor, LinkedHashMap::new, Collectors.toList()));
  }

  /**
   * The expected grade for an evidence rating: the fitted line, or the mean grade where no line can
   * be fitted (fewer than two points, or every cited rating the same).
   */
  private record Fit(SimpleRegression regression, double meanGrade) {
    double predict(double evidence) {
      double predicted = regression.predict(evidence);
      return Double.isNaN(predicted) ? meanGrade : predicted;
    }
  }
}
