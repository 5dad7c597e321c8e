package io.parallax.web;

import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table whose rows a service pages, filters and sorts in the database: the table
 * asks for a page with its columns' sort and filters, keyed by each column's {@code field}; this
 * turns them into a {@link Listing} and lets the service answer. Which fields exist is the
 * service's whitelist. Kept in a view-scoped bean, it holds the rows on show, so that a row's
 * button acts on the row the person saw.
 */
public class ServiceTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The service call that answers a listing (a serializable lambda in a view). */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Slice<T> load(Listing listing);
  }

  /** A row's stable key (its id). */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public ServiceTable(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /**
   * A table whose service may refuse what the page asked for (a period whose first day is after its
   * last): the refusal is shown at its field, client id {@code fieldPrefix + field} (as {@link
   * Messages#obtain}), and the table shows no rows.
   */
  public static <T> ServiceTable<T> withRefusalsAt(
      String fieldPrefix, Source<T> source, Key<T> key) {
    return new ServiceTable<>(
        listing -> {
          Slice<T> slice = Messages.obtain(fieldPrefix, () -> source.load(listing));
          return slice == null ? new Slice<>(List.of(), 0) : slice;
        },
        key);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(Integer.MAX_VALUE, source.load(listing(0, 0, Map.of(), filterBy)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Slice<T> slice = source.load(listing(first, pageSize, sortBy, filterBy));
    setRowCount((int) Math.min(Integer.MAX_VALUE, slice.total()));
    return slice.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    return shown == null
        ? null
        : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }

  /**
   * The listing a table asks for: its first sort column (by priority) and every filter with a
   * value; a filter's value is its text, an enum's name, or the first of several chosen.
   */
  public static Listing listing(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = new HashMap<>();
    filterBy.values().stream()
        .filter(FilterMeta::isActive)
        .filter(filter -> !filter.isGlobalFilter())
        .forEach(filter -> filters.put(filter.getField(), text(filter.getFilterValue())));
    filters.values().removeIf(Objects::isNull);
    SortMeta sort =
        sortBy.values().stream().filter(SortMeta::isActive).sorted().findFirst().orElse(null);
    return new Listing(
        first,
        Math.max(pageSize, 0),
        sort == null ? null : sort.getField(),
        sort != null && sort.getOrder().isDescending(),
        filters);
  }

  private static String text(Object value) {
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Collection<?> chosen) {
      return chosen.isEmpty() ? null : text(chosen.iterator().next());
    }
    if (value instanceof Object[] chosen) {
      return chosen.length == 0 ? null : text(chosen[0]);
    }
    return value == null ? null : value.toString();
  }
}
