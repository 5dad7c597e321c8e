package io.parallax.ejb.calibration;

import io.parallax.domain.calibration.CalibrationGrade;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.calibration.ExerciseViews.AgreementFigures;
import io.parallax.ejb.calibration.ExerciseViews.CaseGrade;
import io.parallax.ejb.calibration.ExerciseViews.CaseMedian;
import io.parallax.ejb.calibration.ExerciseViews.GraderRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The results of a calibration round from its grades: the group's median per case and element, each
 * supervisor's grades beside it with their mean offset from the median, and the agreement ({@link
 * Agreement}). Items are the cases (per element) or every case × element (overall); raters are the
 * exercise's supervisors in its order, a missing grade left out.
 */
final class RoundResults {

  private final List<UUID> supervisors;
  private final int cases;
  private final List<CalibrationGrade> grades;

  RoundResults(List<UUID> supervisors, int cases, List<CalibrationGrade> grades) {
    this.supervisors = List.copyOf(supervisors);
    this.cases = cases;
    this.grades = List.copyOf(grades);
  }

  List<CaseMedian> medians() {
    List<CaseMedian> medians = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      Map<ContractingElement, Double> byElement = new EnumMap<>(ContractingElement.class);
      for (ContractingElement element : ContractingElement.values()) {
        byElement.put(element, median(c, element));
      }
      medians.add(new CaseMedian(c, byElement));
    }
    return medians;
  }

  /**
   * One row per supervisor, named by {@code name}, or, where it gives null, labelled by a letter in
   * the exercise's order of supervisors (the caller decides who is named).
   */
  List<GraderRow> rows(UUID self, Function<UUID, String> name) {
    char peer = 'A';
    List<GraderRow> rows = new ArrayList<>();
    for (UUID supervisor : supervisors) {
      List<CaseGrade> own =
          grades.stream()
              .filter(g -> g.supervisor().equals(supervisor))
              .map(g -> new CaseGrade(g.caseIndex(), g.grades(), g.rationale()))
              .toList();
      String named = name.apply(supervisor);
      String letter = named == null ? String.valueOf(peer++) : null;
      rows.add(new GraderRow(named, supervisor.equals(self), letter, own, offset(supervisor)));
    }
    return rows;
  }

  AgreementFigures agreement() {
    Map<ContractingElement, Double> byElement = new EnumMap<>(ContractingElement.class);
    List<Integer[]> all = new ArrayList<>();
    for (ContractingElement element : ContractingElement.values()) {
      List<Integer[]> items = new ArrayList<>();
      for (int c = 0; c < cases; c++) {
        items.add(item(c, element));
      }
      all.addAll(items);
      byElement.put(element, cases < 2 ? null : Agreement.ordinalAlpha(items).orElse(null));
    }
    return new AgreementFigures(
        byElement,
        Agreement.ordinalAlpha(all).orElse(null),
        Agreement.meanPairwiseKappa(all).orElse(null));
  }

  private Integer[] item(int caseIndex, ContractingElement element) {
    Integer[] item = new Integer[supervisors.size()];
    for (CalibrationGrade g : grades) {
      if (g.caseIndex() == caseIndex) {
        int rater = supervisors.indexOf(g.supervisor());
        if (rater >= 0) {
          item[rater] = g.grade(element);
        }
      }
    }
    return item;
  }

  private Double median(int caseIndex, ContractingElement element) {
    double[] values =
        grades.stream()
            .filter(g -> g.caseIndex() == caseIndex)
            .mapToDouble(g -> g.grade(element))
            .toArray();
    return values.length == 0 ? null : new Median().evaluate(values);
  }

  private Double offset(UUID supervisor) {
    double sum = 0;
    int n = 0;
    for (CalibrationGrade g : grades) {
      if (g.supervisor().equals(supervisor)) {
        for (ContractingElement element : ContractingElement.values()) {
          sum += g.grade(element) - median(g.caseIndex(), element);
          n++;
        }
      }
    }
    return n == 0 ? null : sum / n;
  }
}
