package io.parallax.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the tests' PostgreSQL once per test run, before any test class and so before any Payara
 * Micro deploys (Flyway migrates it at deploy). Real server binaries from io.zonky, on the port the
 * build reserved; the build points Payara Micro at it. With {@code -Dtest.db.url=...} the build
 * names an external PostgreSQL instead and nothing is started here.
 */
public class TestDatabase implements LauncherSessionListener {

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("parallax.test.embedded-pg")) {
      return;
    }
    int port = Integer.getInteger("parallax.test.pg-port", 0);
    if (port == 0) {
      throw new IllegalStateException(
          "parallax.test.pg-port is not set: run through ./mvnw verify");
    }
    try {
      postgres = EmbeddedPostgres.builder().setPort(port).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
