package io.parallax.domain.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * The school the current thread works for. It is bound for the length of one call at the
 * transaction boundary and unbound afterwards; while bound, it cannot be re-bound to another
 * school, because Hibernate has already fixed the session's tenant and a second school would leak
 * into the first one's transaction. Work across schools therefore runs one call per school.
 */
public final class CurrentSchool {

  private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

  private CurrentSchool() {}

  /** The school bound to this thread, if any. */
  public static Optional<String> id() {
    return Optional.ofNullable(BOUND.get());
  }

  /**
   * Work for one school. {@code X} is the checked exception it throws: work that throws none (the
   * usual case) makes {@link #callAs} throw none either, so its callers catch nothing; only the
   * transaction boundary's interceptor passes on what the intercepted call throws.
   */
  @FunctionalInterface
  public interface Work<T, X extends Exception> {
    T call() throws X;
  }

  /**
   * Runs {@code work} for {@code schoolId}. Re-entering for the same school is allowed (a service
   * calling another); entering for a different one while bound is refused.
   */
  public static <T, X extends Exception> T callAs(String schoolId, Work<T, X> work) throws X {
    Objects.requireNonNull(schoolId, "schoolId");
    String bound = BOUND.get();
    if (bound != null) {
      if (!bound.equals(schoolId)) {
        throw new IllegalStateException(
            "This unit of work already belongs to school '"
                + bound
                + "'; work for another school must run in a call of its own.");
      }
      return work.call();
    }
    BOUND.set(schoolId);
    try {
      return work.call();
    } finally {
      BOUND.remove();
    }
  }
}
