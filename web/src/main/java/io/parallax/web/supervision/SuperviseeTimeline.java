package io.parallax.web.supervision;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A supervisee's stages and contracting grades in date order, and the same as a Chart.js line
 * chart: the stage's rank on the scale and the mean of the four grades, one point per assessment
 * date. Pure: built from the views the services return.
 */
public final class SuperviseeTimeline implements Serializable {

  /** One assessment on the timeline. */
  public record Entry(
      LocalDate on,
      String kind,
      String summary,
      boolean signedOff,
      boolean shared,
      int version,
      UUID id,
      boolean correction)
      implements Serializable {}

  private final List<Entry> entries = new ArrayList<>();
  private final TreeMap<LocalDate, Integer> ranks = new TreeMap<>();
  private final TreeMap<LocalDate, Double> meanGrades = new TreeMap<>();

  /** The words for a code of a kind ({@code level}, {@code domain}, {@code element}). */
  public interface Wording {
    String of(String kind, Object code);
  }

  public SuperviseeTimeline(List<? extends AssessmentView> assessments, Wording words) {
    this(assessments, words, Locale.ENGLISH);
  }

  /** The timeline with mean grades written as {@code locale} writes decimals (3.25, 3,25). */
  public SuperviseeTimeline(
      List<? extends AssessmentView> assessments, Wording words, Locale locale) {
    for (AssessmentView view : assessments) {
      if (view instanceof StageAssessmentView stage) {
        entries.add(
            entry(
                stage,
                "STAGE",
                words.of("level", stage.level())
                    + " · "
                    + words.of("domain", stage.domain())
                    + " ("
                    + words.of("scale", stage.scale())
                    + ")"));
        ranks.merge(stage.assessedOn(), stage.rank(), Math::max);
      } else if (view instanceof ContractingAssessmentView grade) {
        double mean =
            grade.grades().values().stream().mapToInt(Integer::intValue).average().orElse(0);
        String each =
            Arrays.stream(ContractingElement.values())
                .filter(grade.grades()::containsKey)
                .map(e -> words.of("element", e) + " " + grade.grades().get(e))
                .collect(Collectors.joining(", "));
        entries.add(entry(grade, "GRADE", String.format(locale, "%.2f", mean) + " · " + each));
        meanGrades.merge(grade.assessedOn(), mean, Math::max);
      }
    }
    entries.sort(Comparator.comparing(Entry::on));
  }

  private static Entry entry(AssessmentView view, String kind, String summary) {
    return new Entry(
        view.assessedOn(),
        kind,
        summary,
        view.signedOffAt() != null,
        view.sharedWithTrainee(),
        view.versionNumber(),
        view.id(),
        view.previousVersionId() != null);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The Chart.js configuration: dates as labels, gaps spanned, both series on one 0–5 axis. */
  public String chartJson(String stageLabel, String gradeLabel) {
    TreeSet<LocalDate> dates = new TreeSet<>(ranks.keySet());
    dates.addAll(meanGrades.keySet());
    List<String> labels = new ArrayList<>();
    List<String> stageData = new ArrayList<>();
    List<String> gradeData = new ArrayList<>();
    for (LocalDate date : dates) {
      labels.add("\"" + date + "\"");
      stageData.add(ranks.containsKey(date) ? ranks.get(date).toString() : "null");
      gradeData.add(
          meanGrades.containsKey(date)
              ? String.format(Locale.ROOT, "%.2f", meanGrades.get(date))
              : "null");
    }
    return "{\"type\":\"line\",\"data\":{\"labels\":["
        + String.join(",", labels)
        + "],\"datasets\":["
        + dataset(stageLabel, stageData, "stepped")
        + ","
        + dataset(gradeLabel, gradeData, "linear")
        + "]},\"options\":{\"spanGaps\":true,\"scales\":{\"y\":{\"min\":0,\"max\":5}}}}";
  }

  private static String dataset(String label, List<String> data, String mode) {
    return "{\"label\":\""
        + label.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"data\":["
        + String.join(",", data)
        + "],\"stepped\":"
        + "stepped".equals(mode)
        + "}";
  }
}
