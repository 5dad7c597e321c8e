package io.parallax.ejb.practice;

import io.parallax.domain.contracting.ContractingElement;
import java.io.Serializable;
import java.util.List;

/**
 * A trainee's practice, month by month, for their progress dashboard; {@code clients} counts the
 * distinct clients they held sessions with (the ICF asks for a minimum number).
 */
public record PracticeFigures(List<PracticeMonth> months, long clients) implements Serializable {

  public PracticeFigures {
    months = List.copyOf(months);
  }

  public long sessions() {
    return months.stream().mapToLong(PracticeMonth::sessions).sum();
  }

  public CoachingHours hours() {
    return months.stream()
        .map(PracticeMonth::hours)
        .reduce(CoachingHours.NONE, CoachingHours::plus);
  }

  /** The share (0–1) of all sessions in which {@code element} was CLEAR. */
  public double clearShare(ContractingElement element) {
    long sessions = sessions();
    long clear = months.stream().mapToLong(m -> m.clear().getOrDefault(element, 0L)).sum();
    return sessions == 0 ? 0 : (double) clear / sessions;
  }

  /** The mean score over all sessions (each session weighs the same). */
  public double score() {
    long sessions = sessions();
    return sessions == 0
        ? 0
        : months.stream().mapToDouble(m -> m.score() * m.sessions()).sum() / sessions;
  }

  /** Sessions in which the coach took more than half of the responsibility. */
  public long rescuing() {
    return months.stream().mapToLong(PracticeMonth::rescuing).sum();
  }

  public boolean isEmpty() {
    return months.isEmpty();
  }
}
