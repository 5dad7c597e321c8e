package io.parallax.web.supervision;

import io.parallax.ejb.supervision.Caseload;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.ejb.supervision.SuperviseeCase;
import io.parallax.ejb.supervision.SuperviseeCases;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.SchoolDay;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a supervisor's forms offer to pick from: the supervisees on the caseload and, for one of
 * them, the cases (clients and client sessions) of the last six months before a date.
 */
@RequestScoped
public class SuperviseeChoices {

  static final int CASE_MONTHS = 6;

  @EJB Caseload caseload;
  @EJB SupervisionSessions sessions;
  @Inject SchoolDay schoolDay;

  private final Map<LocalDate, List<CaseloadEntry>> supervisees = new HashMap<>();
  private final Map<String, SuperviseeCases> pickable = new HashMap<>();

  /** The caseload on {@code on}, asked once per request however often a page renders it. */
  public List<CaseloadEntry> supervisees(LocalDate on) {
    return supervisees.computeIfAbsent(on != null ? on : schoolDay.today(), caseload::on);
  }

  public List<SuperviseeCase> casesOf(String superviseeId, LocalDate until) {
    UUID id = id(superviseeId);
    if (id == null) {
      return List.of();
    }
    LocalDate to = until != null ? until : schoolDay.today();
    return sessions.casesOf(id, to.minusMonths(CASE_MONTHS), to);
  }

  /**
   * The cases of a supervisee from {@code from} to {@code until} (the last six months if unset).
   */
  public List<SuperviseeCase> casesOf(String superviseeId, LocalDate from, LocalDate until) {
    UUID id = id(superviseeId);
    if (id == null) {
      return List.of();
    }
    LocalDate to = until != null ? until : schoolDay.today();
    LocalDate since = from != null && !from.isAfter(to) ? from : to.minusMonths(CASE_MONTHS);
    return sessions.casesOf(id, since, to);
  }

  /**
   * The cases a picker offers of a supervisee from {@code from} to {@code until}: at most {@code
   * limit} clients and sessions whose client code contains {@code search}, picked by the database;
   * asked once per request however often the page renders the picker.
   */
  public SuperviseeCases pickable(
      String superviseeId, LocalDate from, LocalDate until, String search, int limit) {
    UUID id = id(superviseeId);
    if (id == null) {
      return new SuperviseeCases(List.of(), false);
    }
    LocalDate to = until != null ? until : schoolDay.today();
    LocalDate since = from != null && !from.isAfter(to) ? from : to.minusMonths(CASE_MONTHS);
    String key = id + "|" + since + "|" + to + "|" + search + "|" + limit;
    return pickable.computeIfAbsent(key, k -> sessions.pickableCases(id, since, to, search, limit));
  }

  /**
   * Where a picker's cases start by default: the day after the last supervision session with the
   * supervisee before {@code on}, or a month before {@code on} if there was none.
   */
  public LocalDate sinceLastSupervision(String superviseeId, LocalDate on) {
    UUID id = id(superviseeId);
    LocalDate day = on != null ? on : schoolDay.today();
    return supervisees(day).stream()
        .filter(e -> e.traineeId().equals(id))
        .map(CaseloadEntry::lastSupervisionOn)
        .filter(last -> last != null && last.isBefore(day))
        .findFirst()
        .orElse(day.minusMonths(1));
  }

  public static UUID id(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  public static List<UUID> ids(String[] values) {
    return values == null
        ? List.of()
        : java.util.Arrays.stream(values)
            .map(SuperviseeChoices::id)
            .filter(v -> v != null)
            .toList();
  }
}
