package io.parallax.ejb.listing;

import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.hibernate.query.SelectionQuery;

/** The rows of one listing and how many rows its filters match in all. */
public record Slice<T>(List<T> items, long total) implements Serializable {

  public Slice {
    items = List.copyOf(items);
  }

  /**
   * The rows of {@code listing}'s range of a query, read in the database, and the count of all its
   * rows (Hibernate counts the query itself: no second JPQL to keep in step). The listing's sort
   * and filters are not applied here: the query carries the list's own order.
   */
  public static <E, R> Slice<R> of(
      TypedQuery<E> query, Listing listing, Function<? super E, ? extends R> view) {
    long total = query.unwrap(SelectionQuery.class).getResultCount();
    if (listing.size() == 0) {
      return new Slice<>(List.of(), total);
    }
    List<R> items =
        query
            .setFirstResult(listing.first())
            .setMaxResults(listing.size())
            .getResultStream()
            .<R>map(view)
            .toList();
    return new Slice<>(items, total);
  }

  public <R> Slice<R> map(Function<? super T, ? extends R> mapping) {
    return new Slice<>(items.stream().<R>map(mapping).toList(), total);
  }
}
