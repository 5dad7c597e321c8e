package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import java.util.Arrays;

/**
 * Counts over a set of sessions (client or supervision), as the database aggregates them: how many
 * sessions, how many rated each element CLEAR and PARTIAL, how many showed each drift marker and
 * how many drifted at all. Everything the reports show is derived from these counts, so tallies of
 * sub-groups add up to the tally of the whole.
 */
public record ContractingTally(
    long sessions, long[] clear, long[] partial, long[] drift, long drifted) {

  private static final int ELEMENTS = ContractingElement.values().length;
  private static final int MARKERS = DriftMarker.values().length;

  public static final ContractingTally EMPTY =
      new ContractingTally(0, new long[ELEMENTS], new long[ELEMENTS], new long[MARKERS], 0);

  public ContractingTally {
    if (clear.length != ELEMENTS || partial.length != ELEMENTS || drift.length != MARKERS) {
      throw new IllegalArgumentException("one count per element and per drift marker");
    }
    clear = clear.clone();
    partial = partial.clone();
    drift = drift.clone();
  }

  /**
   * A tally read from a row of counts in the order the queries select them: sessions, CLEAR per
   * element, PARTIAL per element, each drift marker, sessions that drifted.
   */
  public static ContractingTally fromRow(Object[] row, int from) {
    long[] counts = new long[1 + 2 * ELEMENTS + MARKERS + 1];
    for (int i = 0; i < counts.length; i++) {
      Object value = row[from + i];
      counts[i] = value == null ? 0 : ((Number) value).longValue();
    }
    return new ContractingTally(
        counts[0],
        Arrays.copyOfRange(counts, 1, 1 + ELEMENTS),
        Arrays.copyOfRange(counts, 1 + ELEMENTS, 1 + 2 * ELEMENTS),
        Arrays.copyOfRange(counts, 1 + 2 * ELEMENTS, 1 + 2 * ELEMENTS + MARKERS),
        counts[counts.length - 1]);
  }

  /** How many columns {@link #fromRow} reads. */
  public static int columns() {
    return 1 + 2 * ELEMENTS + MARKERS + 1;
  }

  /** A tally of one session; handy for tests. */
  public static ContractingTally ofSession(
      ElementRating focus,
      ElementRating outcome,
      ElementRating approach,
      ElementRating participation,
      DriftMarker... markers) {
    ElementRating[] ratings = {focus, outcome, approach, participation};
    long[] clear = new long[ELEMENTS];
    long[] partial = new long[ELEMENTS];
    for (int i = 0; i < ELEMENTS; i++) {
      clear[i] = ratings[i] == ElementRating.CLEAR ? 1 : 0;
      partial[i] = ratings[i] == ElementRating.PARTIAL ? 1 : 0;
    }
    long[] drift = new long[MARKERS];
    for (DriftMarker marker : markers) {
      drift[marker.ordinal()] = 1;
    }
    return new ContractingTally(1, clear, partial, drift, markers.length > 0 ? 1 : 0);
  }

  public ContractingTally plus(ContractingTally other) {
    return new ContractingTally(
        sessions + other.sessions,
        add(clear, other.clear),
        add(partial, other.partial),
        add(drift, other.drift),
        drifted + other.drifted);
  }

  /**
   * The mean session contracting score, 0–100: each session scores 100 × the mean of its element
   * values (ABSENT 0, PARTIAL 0.5, CLEAR 1), so the mean over sessions is 100 × (CLEAR + ½ PARTIAL
   * ratings) / (4 × sessions). Null without sessions.
   */
  public Double meanScore() {
    if (sessions == 0) {
      return null;
    }
    double points = 0;
    for (int i = 0; i < ELEMENTS; i++) {
      points += clear[i] + 0.5 * partial[i];
    }
    return 100 * points / (ELEMENTS * (double) sessions);
  }

  /** The share of sessions that rated {@code element} CLEAR, 0–1; null without sessions. */
  public Double clearShare(ContractingElement element) {
    return share(clear[element.ordinal()]);
  }

  /** The share of sessions that rated {@code element} ABSENT or PARTIAL (weak), 0–1. */
  public Double weakShare(ContractingElement element) {
    return share(sessions - clear[element.ordinal()]);
  }

  /** The share of sessions that showed {@code marker}, 0–1. */
  public Double driftRate(DriftMarker marker) {
    return share(drift[marker.ordinal()]);
  }

  /** The share of sessions that showed any drift marker, 0–1. */
  public Double anyDriftRate() {
    return share(drifted);
  }

  private Double share(long count) {
    return sessions == 0 ? null : count / (double) sessions;
  }

  private static long[] add(long[] a, long[] b) {
    long[] sum = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      sum[i] = a[i] + b[i];
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContractingTally t
        && sessions == t.sessions
        && drifted == t.drifted
        && Arrays.equals(clear, t.clear)
        && Arrays.equals(partial, t.partial)
        && Arrays.equals(drift, t.drift);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sessions) * 31 + Arrays.hashCode(clear);
  }

  @Override
  public String toString() {
    return "ContractingTally[sessions=%d, clear=%s, partial=%s, drift=%s, drifted=%d]"
        .formatted(
            sessions,
            Arrays.toString(clear),
            Arrays.toString(partial),
            Arrays.toString(drift),
            drifted);
  }
}
