package io.parallax.web.api;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.web.language.Wording;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Optimistic locking over HTTP: a record's {@code @Version} travels as its ETag; an update or
 * delete must send it back in {@code If-Match}. A missing one is 428, a stale one 412, and nothing
 * is stored.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** 200 with {@code record} and its {@code version} as the ETag. */
  public static Response ok(Object record, long version) {
    return Response.ok(record).tag(etag(version)).build();
  }

  /** 201 with {@code record}, its {@code location} and its {@code version} as the ETag. */
  public static Response created(URI location, Object record, long version) {
    return Response.created(location).entity(record).tag(etag(version)).build();
  }

  /** The version the client read, from its {@code If-Match} header. */
  public static long fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new VersionMismatch(Response.Status.PRECONDITION_REQUIRED, "version.missing");
    }
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new VersionMismatch(Response.Status.PRECONDITION_FAILED, "version.unreadable");
    }
  }

  /** Refuses a write whose {@code If-Match} is not the record's current version. */
  public static void requireCurrent(long ifMatchVersion, long currentVersion) {
    if (ifMatchVersion != currentVersion) {
      throw new VersionMismatch(Response.Status.PRECONDITION_FAILED, "version.stale");
    }
  }

  /**
   * Runs a write with the version from {@code If-Match} as the version the caller read: the
   * service's own {@link ConcurrentEdit} check then answers 412 instead of 409.
   */
  public static <T> T ifMatch(String ifMatch, LongFunction<T> write) {
    long versionRead = fromIfMatch(ifMatch);
    try {
      return write.apply(versionRead);
    } catch (ConcurrentEdit stale) {
      throw new VersionMismatch(Response.Status.PRECONDITION_FAILED, "version.stale");
    }
  }

  /** Runs a delete with the version from {@code If-Match} (as {@link #ifMatch}); answers 204. */
  public static Response deleteIfMatch(String ifMatch, LongConsumer delete) {
    ifMatch(
        ifMatch,
        version -> {
          delete.accept(version);
          return null;
        });
    return Response.noContent().build();
  }

  /** A failed precondition on the record's version. */
  public static class VersionMismatch extends RuntimeException {
    private final Response.Status status;

    private final String key;

    /** {@code key}: the text in the problems bundle ({@code io.parallax.web.problems}). */
    VersionMismatch(Response.Status status, String key) {
      super(Wording.text(Locale.ENGLISH, key));
      this.key = key;
      this.status = status;
    }

    /** What to do about it, in {@code language}. */
    public String message(Locale language) {
      return Wording.text(language, key);
    }

    public Response.Status status() {
      return status;
    }
  }
}
