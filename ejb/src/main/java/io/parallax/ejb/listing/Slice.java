package io.parallax.ejb.listing;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** The rows of one listing and how many rows its filters match in all. */
public record Slice<T>(List<T> items, long total) implements Serializable {

  public Slice {
    items = List.copyOf(items);
  }

  public <R> Slice<R> map(Function<? super T, ? extends R> mapping) {
    return new Slice<>(items.stream().<R>map(mapping).toList(), total);
  }
}
