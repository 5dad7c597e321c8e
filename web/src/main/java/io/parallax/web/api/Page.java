package io.parallax.web.api;

import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * One page of a list answer: {@code page} is 0-based, {@code total} counts every item the query
 * matched. Query parameters are {@code page} (default 0) and {@code size} (default 20, 1–100).
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** One page of a list the service answered whole (lists of a school's people, cohorts, ...). */
  public static <T> Page<T> of(List<T> all, int page, int size) {
    requireValid(page, size);
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
  }

  /** The listing that asks a service for page {@code page} of {@code size} (checked first). */
  public static Listing listing(int page, int size) {
    requireValid(page, size);
    return Listing.page(page, size);
  }

  /** Page {@code page} of what a service answered for {@link #listing(int, int)}. */
  public static <T> Page<T> of(Slice<T> slice, int page, int size) {
    return new Page<>(slice.items(), page, size, slice.total());
  }

  /** Checks the paging parameters of a request; bad ones are a 400 naming the parameter. */
  public static void requireValid(int page, int size) {
    if (page < 0) {
      throw new InvalidParameter("page", "page starts at 0.");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameter("size", "size is between 1 and " + MAX_SIZE + ".");
    }
  }

  /** A query or path parameter with a bad value: mapped to 400 naming it. */
  public static class InvalidParameter extends BadRequestException {
    private final String parameter;

    public InvalidParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }
}
