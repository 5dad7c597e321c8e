package io.parallax.ejb.practice;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trainee's coaching log in the shape the ICF asks for with an application for accreditation: per
 * client, the dates of the first and last session and the paid and pro-bono hours; then the totals.
 * Clients appear by their pseudonymous code only.
 */
public record CoachingLog(List<Line> clients) implements Serializable {

  /** One client's line of the log. */
  public record Line(
      String clientCode,
      LocalDate firstSession,
      LocalDate lastSession,
      long sessions,
      CoachingHours hours)
      implements Serializable {}

  public CoachingLog {
    clients = List.copyOf(clients);
  }

  /** The hours of every client together (summed in minutes). */
  public CoachingHours total() {
    return clients.stream().map(Line::hours).reduce(CoachingHours.NONE, CoachingHours::plus);
  }

  public long sessions() {
    return clients.stream().mapToLong(Line::sessions).sum();
  }

  /** The first session of the log; null when it is empty. */
  public LocalDate firstSession() {
    return clients.stream()
        .map(Line::firstSession)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The last session of the log; null when it is empty. */
  public LocalDate lastSession() {
    return clients.stream()
        .map(Line::lastSession)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  public boolean isEmpty() {
    return clients.isEmpty();
  }
}
