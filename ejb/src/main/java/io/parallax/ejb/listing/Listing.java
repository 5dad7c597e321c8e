package io.parallax.ejb.listing;

import static io.parallax.domain.DomainRuleViolation.require;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a caller asks of a list: the rows from {@code first} (0-based), at most {@code size} of them
 * ({@code 0}: only count), the column to sort by (null: the list's own order) and its direction,
 * and the filters by column name. Blank filter values filter nothing. Which columns exist is the
 * list's business ({@link Columns}); this only carries the request.
 */
public record Listing(
    int first, int size, String sortBy, boolean descending, Map<String, String> filters)
    implements Serializable {

  /** The most rows one listing returns. */
  public static final int MAX_SIZE = 500;

  public Listing {
    require(first >= 0, "first", "listing.first");
    require(size >= 0 && size <= MAX_SIZE, "size", "listing.size", MAX_SIZE);
    sortBy = sortBy == null || sortBy.isBlank() ? null : sortBy;
    Map<String, String> given = new LinkedHashMap<>();
    if (filters != null) {
      filters.forEach(
          (column, value) -> {
            if (column != null && value != null && !value.isBlank()) {
              given.put(column, value.strip());
            }
          });
    }
    filters = Map.copyOf(given);
  }

  /** Rows {@code first} to {@code first + size - 1}, in the list's own order, unfiltered. */
  public static Listing rows(int first, int size) {
    return new Listing(first, size, null, false, Map.of());
  }

  /** Page {@code page} (0-based) of {@code size} rows; a page past the end is simply empty. */
  public static Listing page(int page, int size) {
    long first = (long) page * size;
    return rows((int) Math.min(first, Integer.MAX_VALUE), size);
  }

  /** The same listing, also filtered by {@code column}; a null or blank value changes nothing. */
  public Listing where(String column, Object value) {
    Map<String, String> more = new LinkedHashMap<>(filters);
    if (value != null) {
      more.put(column, value.toString());
    }
    return new Listing(first, size, sortBy, descending, more);
  }

  /** The same listing, sorted by {@code column}. */
  public Listing sortedBy(String column, boolean descending) {
    return new Listing(first, size, column, descending, filters);
  }
}
