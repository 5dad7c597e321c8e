package io.parallax.ejb.accreditation.export;

import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourKind;
import io.parallax.domain.accreditation.HourStatus;
import io.parallax.ejb.practice.CoachingHours;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trainee's client sessions in the shape of the ICF client coaching log: one row per client code
 * and per individual or group coaching, in each approval state apart (approved rows are the log;
 * waiting and unsubmitted ones are listed beside it). A row's start and end are its first and last
 * session day, its hours are split paid and pro bono (summed in minutes, turned into hours last),
 * and a group row names the largest group logged under the code, which is also how many clients the
 * code stands for (as {@link io.parallax.domain.accreditation.Readiness} counts them). Hours are as
 * coached: a track's cap on group hours belongs to the readiness figures, not to the log.
 */
public record IcfCoachingLog(List<Row> rows) implements Serializable {

  /** One client code's individual or group coaching in one approval state. */
  public record Row(
      HourStatus status,
      String clientCode,
      boolean group,
      int groupSize,
      LocalDate start,
      LocalDate end,
      long sessions,
      CoachingHours hours)
      implements Serializable {}

  /** A section's totals: sessions, first and last day, hours and clients (group members each). */
  public record Total(
      long sessions, LocalDate start, LocalDate end, CoachingHours hours, long clients)
      implements Serializable {}

  private static final Comparator<Row> ORDER =
      Comparator.comparing(Row::status)
          .thenComparing(Row::clientCode, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Row::clientCode)
          .thenComparing(Row::group);

  public IcfCoachingLog {
    rows = rows.stream().sorted(ORDER).toList();
  }

  /**
   * The log of {@code entries}' client sessions ({@link HourEntry#client()} holding the client's
   * code); other kinds of entry are left out.
   */
  public static IcfCoachingLog of(Collection<HourEntry> entries) {
    Map<List<Object>, List<HourEntry>> groups = new LinkedHashMap<>();
    for (HourEntry e : entries) {
      if (e.kind() == HourKind.CLIENT_SESSION) {
        groups
            .computeIfAbsent(List.of(e.status(), e.client(), e.isGroup()), k -> new ArrayList<>())
            .add(e);
      }
    }
    List<Row> rows = new ArrayList<>();
    groups.values().forEach(sessions -> rows.add(row(sessions)));
    return new IcfCoachingLog(rows);
  }

  private static Row row(List<HourEntry> sessions) {
    HourEntry first = sessions.get(0);
    long paid = 0;
    long proBono = 0;
    int largest = 1;
    LocalDate start = first.on();
    LocalDate end = first.on();
    for (HourEntry e : sessions) {
      if (e.isPaid()) {
        paid += e.minutes();
      } else {
        proBono += e.minutes();
      }
      largest = Math.max(largest, e.groupSize());
      start = e.on().isBefore(start) ? e.on() : start;
      end = e.on().isAfter(end) ? e.on() : end;
    }
    return new Row(
        first.status(),
        first.client(),
        first.isGroup(),
        largest,
        start,
        end,
        sessions.size(),
        new CoachingHours(paid, proBono));
  }

  /** The rows in {@code status}, by client code, individual before group. */
  public List<Row> rows(HourStatus status) {
    return rows.stream().filter(r -> r.status() == status).toList();
  }

  /** The rows not approved (waiting first, then not submitted). */
  public List<Row> unapproved() {
    return rows.stream().filter(r -> r.status() != HourStatus.APPROVED).toList();
  }

  /** The totals of the rows in {@code status}. */
  public Total total(HourStatus status) {
    List<Row> section = rows(status);
    Map<String, Integer> clients = new HashMap<>();
    section.forEach(r -> clients.merge(r.clientCode(), r.groupSize(), Math::max));
    return new Total(
        section.stream().mapToLong(Row::sessions).sum(),
        section.stream()
            .map(Row::start)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null),
        section.stream()
            .map(Row::end)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null),
        section.stream().map(Row::hours).reduce(CoachingHours.NONE, CoachingHours::plus),
        clients.values().stream().mapToLong(Integer::longValue).sum());
  }
}
