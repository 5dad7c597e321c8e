package io.parallax.ejb.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rolls the groups the database aggregated ({@link TrendRow}: kind × period × trainee × career
 * band) up into trend points: per period for everyone, by developmental level and by career band.
 * Pure arithmetic on counts, so tallies of the parts always add up to the whole.
 */
public final class CohortTrends {

  /** The level of a trainee with no signed-off stage assessment. */
  public static final String UNASSESSED = "unassessed";

  private CohortTrends() {}

  /**
   * The trend points of {@code rows}, oldest first; {@code levelOf} gives a trainee's current level
   * (or null when unassessed).
   */
  public static List<TrendPoint> rollUp(
      ReportPeriod period, List<TrendRow> rows, Function<UUID, String> levelOf) {
    Map<Long, Sums> byPeriod = new TreeMap<>();
    for (TrendRow row : rows) {
      String level = levelOf.apply(row.trainee());
      byPeriod
          .computeIfAbsent(row.period(), p -> new Sums())
          .add(row, level == null ? UNASSESSED : level);
    }
    List<TrendPoint> points = new ArrayList<>();
    byPeriod.forEach((number, sums) -> points.add(sums.point(period.startOf(number))));
    return points;
  }

  private static final class Sums {
    private final Pair all = new Pair();
    private final Map<String, Pair> byLevel = new TreeMap<>();
    private final Map<CareerBand, Pair> byBand = new EnumMap<>(CareerBand.class);

    void add(TrendRow row, String level) {
      all.add(row);
      byLevel.computeIfAbsent(level, l -> new Pair()).add(row);
      byBand.computeIfAbsent(row.band(), b -> new Pair()).add(row);
    }

    TrendPoint point(java.time.LocalDate start) {
      Map<String, SideBySide> levels = new TreeMap<>();
      byLevel.forEach((level, pair) -> levels.put(level, pair.sideBySide()));
      Map<CareerBand, SideBySide> bands = new EnumMap<>(CareerBand.class);
      byBand.forEach((band, pair) -> bands.put(band, pair.sideBySide()));
      return new TrendPoint(start, all.sideBySide(), levels, bands);
    }
  }

  private static final class Pair {
    private ContractingTally client = ContractingTally.EMPTY;
    private ContractingTally supervision = ContractingTally.EMPTY;

    void add(TrendRow row) {
      if (row.kind() == SessionKind.CLIENT) {
        client = client.plus(row.tally());
      } else {
        supervision = supervision.plus(row.tally());
      }
    }

    SideBySide sideBySide() {
      return SideBySide.of(client, supervision);
    }
  }
}
