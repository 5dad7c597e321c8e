package io.parallax.ejb.audit;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.AuditAction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an audit listing is narrowed to: the person who acted, the record (its kind, its id), what
 * was done and the period (whole days in the school's zone, both ends included). Parsed from a
 * listing's filter texts, each refused at its own name when it is not a value; turned into JPQL
 * conditions on the aliases of {@link AuditLog}'s query, with every value bound as a parameter.
 */
public record AuditFilter(
    UUID person, RecordKind kind, UUID record, AuditAction action, LocalDate from, LocalDate to) {

  /** The filter names a caller may use. */
  public static final Set<String> NAMES =
      Set.of("person", "kind", "record", "action", "from", "to");

  public AuditFilter {
    require(from == null || to == null || !to.isBefore(from), "to", "auditFilter.period");
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  /** The filter a listing's texts ask for; a bad or unknown one is refused at its name. */
  public static AuditFilter of(Map<String, String> filters) {
    for (String name : filters.keySet()) {
      require(NAMES.contains(name), "filter", "columns.filter", String.join(", ", sorted()));
    }
    return new AuditFilter(
        uuid(filters, "person"),
        choice(filters, "kind", RecordKind.class),
        uuid(filters, "record"),
        choice(filters, "action", AuditAction.class),
        date(filters, "from"),
        date(filters, "to"));
  }

  /** The where conditions (joined with "and", none when empty) and their parameters. */
  public Conditions conditions(ZoneId zone) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    add(where, parameters, "a.id = :person", "person", person);
    add(where, parameters, "e.recordType = :kind", "kind", kind == null ? null : kind.recordType());
    add(where, parameters, "e.recordId = :record", "record", record);
    add(where, parameters, "e.action = :action", "action", action);
    add(
        where,
        parameters,
        "e.occurredAt >= :from",
        "from",
        from == null ? null : from.atStartOfDay(zone).toInstant());
    add(
        where,
        parameters,
        "e.occurredAt < :to",
        "to",
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    return new Conditions(where, parameters);
  }

  /** Conditions on an audit query and the values they name. */
  public record Conditions(List<String> where, Map<String, Object> parameters) {

    /** This and {@code condition} (with its parameters). */
    public Conditions and(String condition, Map<String, Object> more) {
      List<String> all = new ArrayList<>(where);
      all.add(condition);
      Map<String, Object> values = new LinkedHashMap<>(parameters);
      values.putAll(more);
      return new Conditions(all, values);
    }

    /** The where clause, with a leading space; empty for no condition. */
    public String clause() {
      return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }
  }

  private static void add(
      List<String> where, Map<String, Object> parameters, String condition, String name, Object v) {
    if (v != null) {
      where.add(condition);
      parameters.put(name, v);
    }
  }

  private static List<String> sorted() {
    return NAMES.stream().sorted().toList();
  }

  private static UUID uuid(Map<String, String> filters, String name) {
    String value = filters.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(name, "auditFilter.id", value, name);
    }
  }

  private static LocalDate date(Map<String, String> filters, String name) {
    String value = filters.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new DomainRuleViolation(name, "auditFilter.date", value, name);
    }
  }

  private static <E extends Enum<E>> E choice(
      Map<String, String> filters, String name, Class<E> type) {
    String value = filters.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    name,
                    "columns.rule",
                    value,
                    name,
                    Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))));
  }
}
