package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  private static Throwable wrapped(Throwable cause) {
    return new RuntimeException("EJB", new IllegalStateException("transaction", cause));
  }

  @Test
  void aLostRaceAtCommitIsAConflict() {
    assertThat(Failures.kindOf(wrapped(new OptimisticLockException("stale"))))
        .isEqualTo(Failures.Kind.LOST_RACE);
  }

  @Test
  void aDatabaseThatDoesNotAnswerIsUnavailable() {
    assertThat(Failures.kindOf(wrapped(new SQLException("closed", "08003"))))
        .isEqualTo(Failures.Kind.DATABASE_DOWN);
    assertThat(Failures.kindOf(wrapped(new SQLException("terminating", "57P01"))))
        .isEqualTo(Failures.Kind.DATABASE_DOWN);
    assertThat(Failures.kindOf(wrapped(new SQLTransientConnectionException("timeout"))))
        .isEqualTo(Failures.Kind.DATABASE_DOWN);
    assertThat(Failures.kindOf(new SQLException("Error in allocating a connection. Cause: x")))
        .isEqualTo(Failures.Kind.DATABASE_DOWN);
  }

  @Test
  void dataTheDatabaseRefusesIsTheCallers() {
    assertThat(Failures.kindOf(wrapped(new SQLException("invalid byte sequence", "22021"))))
        .isEqualTo(Failures.Kind.REFUSED_DATA);
  }

  @Test
  void anythingElseIsUnexpected() {
    assertThat(Failures.kindOf(wrapped(new SQLException("syntax", "42601"))))
        .isEqualTo(Failures.Kind.UNEXPECTED);
    assertThat(Failures.kindOf(new NullPointerException())).isEqualTo(Failures.Kind.UNEXPECTED);
  }
}
