package io.parallax.ejb.listing;

import io.parallax.domain.DomainRuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The columns a list may be filtered and sorted by, each mapped to a JPQL path written here by the
 * service: a whitelist. A {@link Listing} names columns; only their paths and named parameters
 * reach the query string, a caller's values are always bound as parameters. How each kind filters:
 *
 * <ul>
 *   <li>{@link #text}: contains the value, ignoring case; sorted ignoring case;
 *   <li>{@link #choice}: equals one constant of an enum;
 *   <li>{@link #memberOf}: a comma-separated set column (see {@code EnumSetColumn}) holds the
 *       constant; not sortable;
 *   <li>{@link #ordered}: sortable only (dates, numbers);
 *   <li>{@link #derived}: one constant of an enum that no column holds but a condition on several
 *       does (a state worked out from a status and dates); not sortable.
 * </ul>
 *
 * Every order ends with the list's id, so that pages never share or skip a row.
 */
public final class Columns {

  /** The escape character of LIKE patterns (a backslash means different things to each SQL). */
  private static final char ESCAPE = '!';

  private enum Kind {
    TEXT,
    CHOICE,
    MEMBER_OF,
    ORDERED,
    DERIVED
  }

  private record Column(
      String path,
      Kind kind,
      Class<? extends Enum<?>> choices,
      Function<Enum<?>, String> conditions,
      Supplier<?> at) {

    Column(String path, Kind kind, Class<? extends Enum<?>> choices) {
      this(path, kind, choices, null, null);
    }
  }

  private final Map<String, Column> columns = new LinkedHashMap<>();
  private final String defaultOrder;
  private final String idPath;

  private Columns(String defaultOrder, String idPath) {
    this.defaultOrder = defaultOrder;
    this.idPath = idPath;
  }

  /**
   * A list in the order {@code defaultOrder} (a JPQL order-by fragment, e.g. {@code c.startsOn
   * desc}) unless a listing sorts it; {@code idPath} breaks ties.
   */
  public static Columns orderedBy(String defaultOrder, String idPath) {
    return new Columns(defaultOrder, idPath);
  }

  public Columns text(String name, String path) {
    return add(name, new Column(path, Kind.TEXT, null));
  }

  public Columns choice(String name, String path, Class<? extends Enum<?>> choices) {
    return add(name, new Column(path, Kind.CHOICE, choices));
  }

  public Columns memberOf(String name, String path, Class<? extends Enum<?>> choices) {
    return add(name, new Column(path, Kind.MEMBER_OF, choices));
  }

  public Columns ordered(String name, String path) {
    return add(name, new Column(path, Kind.ORDERED, null));
  }

  /**
   * A filter by a constant of {@code choices} that stands for a condition: {@code conditions} gives
   * each constant's JPQL (paths written by the service, as for every column), in which {@code :at}
   * is bound to what {@code at} answers when the list is read (e.g. the moment from which an
   * invitation sent earlier has expired).
   */
  public <E extends Enum<E>> Columns derived(
      String name, Class<E> choices, Function<E, String> conditions, Supplier<?> at) {
    return add(
        name,
        new Column(
            null, Kind.DERIVED, choices, constant -> conditions.apply(choices.cast(constant)), at));
  }

  private Columns add(String name, Column column) {
    columns.put(name, column);
    return this;
  }

  /** The where and order-by clauses of {@code listing}, with the parameters they name. */
  public Clauses clauses(Listing listing) {
    requireKnown(listing);
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    columns.forEach(
        (name, column) -> {
          String value = listing.filters().get(name);
          if (value != null) {
            String parameter = "f" + parameters.size();
            if (column.kind() == Kind.DERIVED) {
              String condition = column.conditions().apply(constant(name, column, value));
              if (condition.contains(":at")) {
                condition = condition.replace(":at", ":" + parameter);
                parameters.put(parameter, column.at().get());
              }
              conditions.add("(" + condition + ")");
            } else {
              conditions.add(condition(column, parameter));
              parameters.put(parameter, argument(name, column, value));
            }
          }
        });
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    return new Clauses(where, orderBy(listing), parameters);
  }

  /**
   * Counts and reads one page of {@code listing}: {@code select} and {@code count} are the
   * service's JPQL up to (without) the where clause, with the aliases its paths use; the count
   * query has plain joins where the select fetches.
   */
  public <E> Slice<E> slice(
      EntityManager em, String select, String count, Class<E> type, Listing listing) {
    Clauses clauses = clauses(listing);
    long total =
        clauses.bind(em.createQuery(count + clauses.where(), Long.class)).getSingleResult();
    if (listing.size() == 0 || listing.first() >= total) {
      return new Slice<>(List.of(), total);
    }
    List<E> rows =
        clauses
            .bind(em.createQuery(select + clauses.where() + clauses.orderBy(), type))
            .setFirstResult(listing.first())
            .setMaxResults(listing.size())
            .getResultList();
    return new Slice<>(rows, total);
  }

  private void requireKnown(Listing listing) {
    for (String name : listing.filters().keySet()) {
      Column column = columns.get(name);
      if (column == null || column.kind() == Kind.ORDERED) {
        throw new DomainRuleViolation("filter", "columns.filter", names(k -> k != Kind.ORDERED));
      }
    }
    if (listing.sortBy() != null) {
      Column column = columns.get(listing.sortBy());
      if (column == null || column.kind() == Kind.MEMBER_OF || column.kind() == Kind.DERIVED) {
        throw new DomainRuleViolation(
            "sort", "columns.sort", names(k -> k != Kind.MEMBER_OF && k != Kind.DERIVED));
      }
    }
  }

  private String names(Predicate<Kind> kinds) {
    return columns.entrySet().stream()
        .filter(e -> kinds.test(e.getValue().kind()))
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(", "));
  }

  private static String condition(Column column, String parameter) {
    return switch (column.kind()) {
      case TEXT -> "lower(" + column.path() + ") like :" + parameter + " escape '" + ESCAPE + "'";
      case CHOICE -> column.path() + " = :" + parameter;
      case MEMBER_OF ->
          "concat(',', cast("
              + column.path()
              + " as String), ',') like :"
              + parameter
              + " escape '"
              + ESCAPE
              + "'";
      case ORDERED, DERIVED -> throw new IllegalStateException("not a column's filter");
    };
  }

  private static Object argument(String name, Column column, String value) {
    return switch (column.kind()) {
      case TEXT -> "%" + escaped(value.toLowerCase(Locale.ROOT)) + "%";
      case CHOICE -> constant(name, column, value);
      case MEMBER_OF -> "%," + escaped(constant(name, column, value).name()) + ",%";
      case ORDERED, DERIVED -> throw new IllegalStateException("not a column's filter");
    };
  }

  private static Enum<?> constant(String name, Column column, String value) {
    return Arrays.stream(column.choices().getEnumConstants())
        .filter(constant -> constant.name().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    name,
                    "columns.rule",
                    value,
                    name,
                    Arrays.stream(column.choices().getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "))));
  }

  private static String escaped(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  private String orderBy(Listing listing) {
    if (listing.sortBy() == null) {
      return " order by " + defaultOrder + ", " + idPath;
    }
    Column column = columns.get(listing.sortBy());
    String key = column.kind() == Kind.TEXT ? "lower(" + column.path() + ")" : column.path();
    return " order by " + key + (listing.descending() ? " desc" : " asc") + ", " + idPath;
  }

  /** Clauses to append to a query, and the parameters they name. */
  public record Clauses(String where, String orderBy, Map<String, Object> parameters) {

    public Clauses {
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public <Q extends TypedQuery<?>> Q bind(Q query) {
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
