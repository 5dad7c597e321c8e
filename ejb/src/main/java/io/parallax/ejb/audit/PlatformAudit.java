package io.parallax.ejb.audit;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.PlatformAction;
import io.parallax.ejb.identity.KeycloakDirectory;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.PlatformWork;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What platform admins did across schools, newest first, for the platform admin: filtered by school
 * (a part of its id), action and period (days in Parallax's default zone), paged in the database.
 */
@Stateless
@PlatformWork
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class PlatformAudit {

  static final Set<String> FILTERS = Set.of("school", "action", "from", "to");

  private static final String FROM =
      " from PlatformAuditEvent e left join School s on s.id = e.schoolId";

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject KeycloakDirectory directory;

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Slice<PlatformAuditEntry> page(Listing listing) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions(listing.filters(), where, parameters);
    String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    TypedQuery<Long> count = em.createQuery("select count(e)" + FROM + clause, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (listing.size() == 0 || listing.first() >= total) {
      return new Slice<>(List.of(), total);
    }
    TypedQuery<PlatformAuditEntry> rows =
        em.createQuery(
            "select new io.parallax.ejb.audit.PlatformAuditEntry(e.id, e.occurredAt, e.actor,"
                + " e.actor, e.action, e.schoolId, s.name)"
                + FROM
                + clause
                + " order by e.occurredAt desc, e.id",
            PlatformAuditEntry.class);
    parameters.forEach(rows::setParameter);
    Map<String, String> names = new HashMap<>();
    List<PlatformAuditEntry> page =
        rows.setFirstResult(listing.first()).setMaxResults(listing.size()).getResultList().stream()
            .map(e -> e.named(names.computeIfAbsent(e.actor(), this::nameOf)))
            .toList();
    return new Slice<>(page, total);
  }

  private String nameOf(String subject) {
    try {
      return directory.displayName(subject).orElse(subject);
    } catch (RuntimeException unavailable) {
      return subject;
    }
  }

  private void conditions(
      Map<String, String> filters, List<String> where, Map<String, Object> parameters) {
    for (String name : filters.keySet()) {
      require(
          FILTERS.contains(name),
          "filter",
          "columns.filter",
          FILTERS.stream().sorted().collect(Collectors.joining(", ")));
    }
    String school = filters.get("school");
    if (school != null) {
      where.add("lower(e.schoolId) like :school");
      parameters.put("school", "%" + school.toLowerCase().replace("%", "").replace("_", "") + "%");
    }
    String action = filters.get("action");
    if (action != null) {
      where.add("e.action = :action");
      parameters.put(
          "action",
          Arrays.stream(PlatformAction.values())
              .filter(a -> a.name().equalsIgnoreCase(action))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "action",
                          "columns.rule",
                          action,
                          "action",
                          Arrays.stream(PlatformAction.values())
                              .map(Enum::name)
                              .collect(Collectors.joining(", ")))));
    }
    LocalDate from = date(filters, "from");
    LocalDate to = date(filters, "to");
    require(from == null || to == null || !to.isBefore(from), "to", "auditFilter.period");
    if (from != null) {
      where.add("e.occurredAt >= :from");
      parameters.put("from", from.atStartOfDay(calendar.defaultZone()).toInstant());
    }
    if (to != null) {
      where.add("e.occurredAt < :to");
      parameters.put("to", to.plusDays(1).atStartOfDay(calendar.defaultZone()).toInstant());
    }
  }

  private static LocalDate date(Map<String, String> filters, String name) {
    String value = filters.get(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new DomainRuleViolation(name, "auditFilter.date", value, name);
    }
  }
}
