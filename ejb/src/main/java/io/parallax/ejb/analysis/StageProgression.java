package io.parallax.ejb.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a cohort's trainees stand on the school's developmental scale and how long they stay at a
 * level. A trainee's current level is that of their latest signed-off assessment; consecutive
 * assessments at the same level make one stay, which lasts from its first assessment to the first
 * assessment at another level (or to today for the current one).
 *
 * @param distribution trainees per level, in the scale's order, then {@code unassessed}
 * @param meanDaysInLevel the mean length of a stay per level, in days (null: no stay)
 */
public record StageProgression(
    List<String> levels, Map<String, Long> distribution, Map<String, Double> meanDaysInLevel)
    implements Serializable {

  public static StageProgression of(
      List<String> levels, long trainees, List<StageStep> steps, LocalDate today) {
    Map<UUID, List<StageStep>> byTrainee = new HashMap<>();
    steps.forEach(s -> byTrainee.computeIfAbsent(s.trainee(), t -> new ArrayList<>()).add(s));
    Map<String, Long> distribution = new LinkedHashMap<>();
    Map<String, long[]> stays = new HashMap<>();
    levels.forEach(level -> distribution.put(level, 0L));
    for (List<StageStep> history : byTrainee.values()) {
      history.sort(Comparator.comparing(StageStep::assessedOn));
      String current = history.get(history.size() - 1).level();
      distribution.merge(current, 1L, Long::sum);
      staysOf(history, today)
          .forEach(
              (stay) -> {
                long[] sum = stays.computeIfAbsent(stay.level(), l -> new long[2]);
                sum[0] += stay.days();
                sum[1]++;
              });
    }
    distribution.put(CohortTrends.UNASSESSED, Math.max(0, trainees - byTrainee.size()));
    Map<String, Double> meanDays = new LinkedHashMap<>();
    for (String level : distribution.keySet()) {
      long[] sum = stays.get(level);
      if (!level.equals(CohortTrends.UNASSESSED)) {
        meanDays.put(level, sum == null ? null : sum[0] / (double) sum[1]);
      }
    }
    return new StageProgression(List.copyOf(levels), distribution, meanDays);
  }

  private record Stay(String level, long days) {}

  private static List<Stay> staysOf(List<StageStep> history, LocalDate today) {
    List<Stay> result = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= history.size(); i++) {
      if (i == history.size() || !history.get(i).level().equals(history.get(start).level())) {
        LocalDate end = i == history.size() ? today : history.get(i).assessedOn();
        long days = ChronoUnit.DAYS.between(history.get(start).assessedOn(), end);
        result.add(new Stay(history.get(start).level(), Math.max(0, days)));
        start = i;
      }
    }
    return result;
  }

  /** Reads like {@code 1=3,2=5,3=1,unassessed=0}, for snapshots. */
  public String distributionText() {
    StringBuilder text = new StringBuilder();
    distribution.forEach(
        (level, count) ->
            text.append(text.isEmpty() ? "" : ",").append(level).append('=').append(count));
    return text.toString();
  }
}
