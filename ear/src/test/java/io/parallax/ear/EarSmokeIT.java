package io.parallax.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Smoke test of the EAR on a real Payara Server (full profile), deployed the way an operator does
 * it: a fresh domain, {@code asadmin deploy}, then plain HTTP. The web module's tests run the WAR
 * on Payara Micro; this one proves that the EAR packaging (lib/ bundle, EJB module, context root)
 * works too. Each run gets a fresh H2 file database. The EAR is the product: it carries no demo
 * module, so nothing is seeded and nothing here relies on a demo school. Logins need Keycloak,
 * which the web module's tests run; here the API only has to ask for a token.
 */
class EarSmokeIT {

  private static final String DOMAIN = "parallax-it";
  private static final Path PAYARA_HOME = Path.of(System.getProperty("payara.home"));
  private static final Path EAR = Path.of(System.getProperty("parallax.ear"));
  private static final Path WORK = Path.of(System.getProperty("parallax.test.workdir"));
  private static final Path DOMAINS = WORK.resolve("domains");
  private static final int PORT_BASE = Integer.getInteger("parallax.test.portbase");
  private static final int ADMIN_PORT = PORT_BASE + 48; // Payara's offsets from --portbase
  private static final int HTTP_PORT = PORT_BASE + 80;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static boolean deployed;
  private static boolean anyTestFailed;

  /** Remembers a failed test, so that {@link #stopPayara()} shows the server log. */
  @RegisterExtension
  static final TestWatcher FAILURES =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          anyTestFailed = true;
        }
      };

  @BeforeAll
  static void startPayaraAndDeploy() throws Exception {
    deleteRecursively(WORK); // a fresh domain and an empty database on every run
    String dbUrl = "jdbc:h2:file:" + WORK.resolve("h2/parallax");
    asadmin(60, Map.of(), "create-domain", "--nopassword", "--portbase", PORT_BASE, DOMAIN);
    // the server inherits these; no Keycloak runs here
    Map<String, String> env =
        Map.of(
            "PARALLAX_DB_URL", dbUrl,
            "PARALLAX_KEYCLOAK_URL", "http://localhost:1",
            "PARALLAX_BASE_URL", "http://localhost:" + HTTP_PORT,
            "PARALLAX_UI_CLIENT_SECRET", "ear-smoke-test-only",
            "PARALLAX_PROVISIONING_CLIENT_SECRET", "ear-smoke-test-only");
    asadmin(120, env, "start-domain", DOMAIN);
    asadmin(180, Map.of(), "--port", ADMIN_PORT, "deploy", EAR);
    deployed = true;
  }

  @AfterAll
  static void stopPayara() throws Exception {
    if (!deployed || anyTestFailed) {
      printServerLogTail(200);
    }
    if (Files.isDirectory(DOMAINS.resolve(DOMAIN))) {
      asadmin(60, Map.of(), "stop-domain", DOMAIN);
    }
  }

  @Test
  void restApiAsksForABearerTokenAsProblemJson() throws Exception {
    HttpResponse<String> response = get("/api/v1/cohorts");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void theEarCarriesNoDemoOrSyntheticData() throws IOException {
    List<String> entries = new ArrayList<>();
    try (ZipFile ear = new ZipFile(EAR.toFile())) {
      for (ZipEntry entry : ear.stream().toList()) {
        entries.add(entry.getName());
        if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
          try (ZipInputStream nested = new ZipInputStream(ear.getInputStream(entry))) {
            for (ZipEntry e = nested.getNextEntry(); e != null; e = nested.getNextEntry()) {
              entries.add(entry.getName() + "!" + e.getName());
            }
          }
        }
      }
    }

    assertThat(entries).contains("parallax-ejb.jar", "parallax-web.war");
    assertThat(entries)
        .noneMatch(e -> e.contains("parallax-demo") || e.contains("io/parallax/demo/"));
  }

  @Test
  void healthIsUp() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  void readinessChecksTheDatabase() throws Exception {
    HttpResponse<String> response = get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("database");
  }

  @Test
  void landingPageRenders() throws Exception {
    HttpResponse<String> response = get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Welcome to Parallax");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create("http://localhost:" + HTTP_PORT + path);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Runs {@code asadmin} on the test domain and fails with its output unless it exits 0 in time.
   * Domain subcommands get {@code --domaindir} appended before their operand (the domain name). The
   * output goes to a file, not a pipe: the server that start-domain forks inherits it.
   */
  private static void asadmin(long timeoutSeconds, Map<String, String> env, Object... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PAYARA_HOME.resolve("bin/asadmin").toString()));
    command.add("--interactive=false");
    for (Object arg : args) {
      if (DOMAIN.equals(arg)) {
        command.addAll(List.of("--domaindir", DOMAINS.toString()));
      }
      command.add(arg.toString());
    }
    Files.createDirectories(WORK);
    Path output = Files.createTempFile(WORK, "asadmin-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(output.toFile()).environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    String result = finished ? "exit " + process.exitValue() : "timed out";
    System.out.printf("%s -> %s after %d s%n", String.join(" ", command), result, seconds);
    if (!finished || process.exitValue() != 0) {
      throw new AssertionError(
          String.join(" ", command) + " " + result + ":\n" + Files.readString(output));
    }
  }

  private static void printServerLogTail(int lines) throws IOException {
    Path log = DOMAINS.resolve(DOMAIN).resolve("logs/server.log");
    if (Files.exists(log)) {
      List<String> all = Files.readAllLines(log);
      System.out.println("---- tail of " + log + " ----");
      all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
