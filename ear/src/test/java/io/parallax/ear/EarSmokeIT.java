package io.parallax.ear;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.TestIdentity;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.TestSchool;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
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
import java.util.UUID;
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
 * module, so nothing is seeded and nothing here relies on a demo school. Signed-in calls need
 * Keycloak: the web module's {@code TestIdentity} (a JUnit launcher listener from its test jar)
 * starts one for this run, with its mail sink, as it does for the web tests.
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
    // the server inherits these: the run's Keycloak
    Map<String, String> env =
        Map.of(
            "PARALLAX_DB_URL", dbUrl,
            "PARALLAX_KEYCLOAK_URL", TestIdentity.keycloakUrl(),
            "PARALLAX_BASE_URL", System.getenv("PARALLAX_BASE_URL"),
            "PARALLAX_UI_CLIENT_SECRET", System.getenv("PARALLAX_UI_CLIENT_SECRET"),
            "PARALLAX_PROVISIONING_CLIENT_SECRET",
                System.getenv("PARALLAX_PROVISIONING_CLIENT_SECRET"));
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

  /**
   * Two schools onboarded through the EAR's own API (its Keycloak admin client provisions them); a
   * school admin signed in with a bearer token reads their own record and their school's programs,
   * and another school's program is not found.
   */
  @Test
  void aSignedInMemberReadsTheirOwnRecordAndOnlyTheirSchoolsRecords() throws Exception {
    String a = onboard("ear-a");
    String b = onboard("ear-b");
    Api adminA = Api.as(base(), admin(a), TestSchool.PASSWORD);
    Api adminB = Api.as(base(), admin(b), TestSchool.PASSWORD);
    String programA = created(adminA.post("api/v1/programs", Map.of("name", "EAR program A")));
    String programB = created(adminB.post("api/v1/programs", Map.of("name", "EAR program B")));

    var me = adminA.get("api/v1/members/me");
    var programs = adminA.get("api/v1/programs?size=100");
    var foreign = adminA.get("api/v1/programs/" + programB);

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().get("email").asText()).isEqualTo(admin(a));
    assertThat(programs.status()).as(programs.toString()).isEqualTo(200);
    assertThat(programs.json().get("items").findValuesAsText("id"))
        .contains(programA)
        .doesNotContain(programB);
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
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

  /** Onboards a school as the operator, and gives its first admin a password; answers its id. */
  private static String onboard(String prefix) throws Exception {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Api operator = Api.as(base(), Realm.OPERATOR, Realm.operatorPassword());
    var onboarded = operator.post("api/v1/schools", TestSchool.onboarding(id, admin(id)));
    assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
    Realm.activate(admin(id), TestSchool.PASSWORD);
    return id;
  }

  private static String admin(String school) {
    return "admin@" + school + ".test";
  }

  private static String created(Api.Answer answer) throws Exception {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().get("id").asText();
  }

  private static URL base() throws IOException {
    return URI.create("http://localhost:" + HTTP_PORT + "/").toURL();
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
