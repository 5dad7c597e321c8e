package io.parallax.web.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims, as problem+json, never the server's HTML report with its
 * exception chain and SQL. Three kinds are known by their cause: a concurrent edit that lost the
 * race at commit (409, like {@link ConcurrentEdits}), a database that does not answer (503 with
 * {@code Retry-After}: the pool replaces dead connections, so trying again soon works), and a value
 * the database refuses as data (400). Anything else is 500 with a reference id that the log carries
 * beside the details, so support can find it without the caller seeing internals.
 */
@Provider
public class Failures implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());
  static final String RETRY_AFTER_SECONDS = "5";

  /** What a failure means for the caller, read from its causes. */
  enum Kind {
    LOST_RACE,
    DATABASE_DOWN,
    REFUSED_DATA,
    UNEXPECTED
  }

  @Override
  public Response toResponse(Throwable failure) {
    return switch (kindOf(failure)) {
      case LOST_RACE ->
          Problem.response(
              Response.Status.CONFLICT,
              "Someone changed this record at the same moment: read it again, then repeat your"
                  + " change.",
              null);
      case DATABASE_DOWN -> {
        LOG.warning(() -> "Database unavailable: " + failure);
        yield Response.fromResponse(
                Problem.response(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "Parallax cannot reach its database right now. Nothing was changed; try again"
                        + " in a few seconds.",
                    null))
            .header("Retry-After", RETRY_AFTER_SECONDS)
            .build();
      }
      case REFUSED_DATA ->
          Problem.response(
              Response.Status.BAD_REQUEST,
              "A value of this request cannot be stored (it holds characters or a size the database"
                  + " refuses). Nothing was changed.",
              null);
      case UNEXPECTED -> unexpected(failure);
    };
  }

  private static Response unexpected(Throwable failure) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
    return Problem.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Nothing is lost that was saved before; if it happens"
            + " again, quote the reference "
            + reference
            + ".",
        null);
  }

  static Kind kindOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof OptimisticLockException
          || cause.getClass().getName().endsWith("StaleObjectStateException")
          || cause.getClass().getName().endsWith("StaleStateException")) {
        return Kind.LOST_RACE;
      }
      if (cause instanceof SQLException sql) {
        Kind kind = kindOf(sql);
        if (kind != Kind.UNEXPECTED) {
          return kind;
        }
      }
      if (cause.getClass().getName().endsWith("PoolingException")
          || cause.getClass().getName().endsWith("JDBCConnectionException")) {
        return Kind.DATABASE_DOWN;
      }
    }
    return Kind.UNEXPECTED;
  }

  /**
   * SQLSTATE class 08 is a connection failure, 57P0x the server shutting down, 22 bad data; the
   * pool's own refusal ("error in allocating a connection") carries no state.
   */
  private static Kind kindOf(SQLException sql) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (sql instanceof SQLTransientConnectionException
        || state.startsWith("08")
        || String.valueOf(sql.getMessage()).contains("allocating a connection")
        || state.startsWith("57P0")) {
      return Kind.DATABASE_DOWN;
    }
    if (state.startsWith("22")) {
      return Kind.REFUSED_DATA;
    }
    return Kind.UNEXPECTED;
  }

  private static Throwable next(Throwable cause) {
    Throwable next = cause.getCause();
    return next == cause ? null : next;
  }
}
