package io.parallax.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parallax rides out a PostgreSQL restart on its own. This test has its own PostgreSQL and its own
 * Payara Micro (started the way ./run.sh starts one), so stopping that database disturbs no other
 * test: while it is down the API answers 503 problem+json with Retry-After; once it is back,
 * readiness returns to UP and a write succeeds, without restarting Payara.
 */
class DatabaseRestartIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

  private static Path work;
  private static int pgPort;
  private static EmbeddedPostgres postgres;
  private static Process payara;
  private static URL base;

  @BeforeAll
  static void startDatabaseAndParallax() throws Exception {
    work = Files.createTempDirectory("db-restart");
    pgPort = freePort();
    postgres = startPostgres();
    int appPort = freePort();
    base = URI.create("http://localhost:" + appPort + "/").toURL();
    var command =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx512m",
            "-Djava.io.tmpdir=" + work.resolve("tmp"),
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("parallax.war"),
            "--port",
            String.valueOf(appPort),
            "--nocluster",
            "--rootdir",
            work.resolve("payara").toString(),
            "--prebootcommandfile",
            System.getProperty("parallax.test.pre-boot"));
    Files.createDirectories(work.resolve("tmp"));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log());
    builder
        .environment()
        .put("PARALLAX_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres");
    builder.environment().put("PARALLAX_DB_USER", "postgres");
    builder.environment().put("PARALLAX_DB_PASSWORD", "postgres");
    payara = builder.start();
    awaitReady(Duration.ofSeconds(240));
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (payara != null) {
      payara.destroy();
      payara.waitFor();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void recoversAfterARestartWithoutRestartingPayara() throws Exception {
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    assertThat(operator.get("api/v1/schools").status()).isEqualTo(200);

    postgres.close();
    postgres = null;
    Api.Answer duringOutage = operator.get("api/v1/schools");
    HttpResponse<String> readyDuringOutage = get("health/ready");
    postgres = startPostgres();
    long restarted = System.nanoTime();
    awaitReady(RECOVERY_LIMIT);
    Api.Answer write = onboard(operator);
    Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);

    assertThat(duringOutage.status()).as(duringOutage.toString()).isEqualTo(503);
    assertThat(duringOutage.contentType()).startsWith("application/problem+json");
    assertThat(duringOutage.response().headers().firstValue("Retry-After")).isPresent();
    assertThat(duringOutage.response().body()).doesNotContain("Exception").doesNotContain("SQL");
    assertThat(readyDuringOutage.statusCode()).isEqualTo(503);
    assertThat(write.status()).as(write.toString()).isEqualTo(201);
    assertThat(recovery).isLessThan(RECOVERY_LIMIT);
    System.out.println("Recovered from the PostgreSQL restart in " + recovery.toMillis() + " ms");
  }

  private static Api.Answer onboard(Api operator) throws Exception {
    String id = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    return operator.post("api/v1/schools", TestSchool.onboarding(id, "admin@" + id + ".test"));
  }

  /** Kept data directory: closing must not delete it, so the restart finds the same database. */
  private static EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(pgPort)
        .setDataDirectory(work.resolve("pg"))
        .setCleanDataDirectory(false)
        .start();
  }

  private static void awaitReady(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped; see " + log());
      }
      try {
        HttpResponse<String> ready = get("health/ready");
        if (ready.statusCode() == 200 && ready.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Not ready within " + limit + "; see " + log());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(15)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static File log() {
    return new File(System.getProperty("java.io.tmpdir"), "database-restart-payara.log");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
