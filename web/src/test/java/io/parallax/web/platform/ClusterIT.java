package io.parallax.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.web.Browser;
import io.parallax.web.Pages;
import io.parallax.web.TestIdentity;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.Realm;
import io.parallax.web.identity.SignIn;
import io.parallax.web.identity.TestSchool;
import io.parallax.web.reminder.ReminderMails;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Two Payara Micro nodes clustered on loopback (Hazelcast TCP/IP discovery on ports of their own)
 * against the tests' PostgreSQL and Keycloak, behind {@link Switch}, a balancer the test steers;
 * the nodes start once for the class and the scenarios run in order: the cluster and its session
 * store; tonight's snapshots claimed by exactly one node's timer; an export asked of one node is
 * downloaded from the other, and an export abandoned by a dead node is taken over by a sweep; the
 * node holding the night is killed mid-run and the other finishes the night (the killed node is
 * then started again); a trainee's browser session moves between the nodes through a page with view
 * state and an Ajax save, across a {@code kill -9} of the node it started on; both nodes' reminder
 * timers send each due reminder once. Each node's log is kept under {@code target/cluster-it}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration LEASE = Duration.ofSeconds(10);
  private static final String NIGHT = "cohort-snapshots/" + LocalDate.now();
  private static final String REMINDERS = "reminders/" + LocalDate.now();

  private static Path work;
  private static String members;
  private static String cluster;
  private static int hazelcast;
  private static Switch balancer;
  private static final List<Node> nodes = new ArrayList<>();

  /** One node: its process, HTTP port, name and log. */
  record Node(String name, int port, Process process, Path log) {
    URL base() throws IOException {
      return URI.create("http://localhost:" + port + "/").toURL();
    }

    boolean holds(String instance) {
      return instance.equals(name) || instance.startsWith(process.pid() + "@");
    }
  }

  @BeforeAll
  static void startTwoNodes() throws Exception {
    // the suite's Keycloak first: on a busy machine it and two booting nodes starve each other
    TestIdentity.keycloakUrl();
    // under target/, kept after the run: each node's log is there to read
    work =
        Files.createDirectories(
                Path.of(System.getProperty("parallax.war")).resolveSibling("cluster-it"))
            .resolve("run-" + System.currentTimeMillis());
    hazelcast = freePair();
    members = "127.0.0.1:" + hazelcast + ",127.0.0.1:" + (hazelcast + 1);
    cluster = "parallax-it-" + UUID.randomUUID().toString().substring(0, 8);
    for (String name : List.of("node-a", "node-b")) {
      nodes.add(start(name, freePort(), hazelcast + nodes.size()));
    }
    for (Node node : nodes) {
      // two nodes booting at once on a machine of two cores take longer than one alone
      awaitReady(node, Duration.ofSeconds(420));
    }
    balancer = new Switch(Integer.getInteger("parallax.test.app-port"), nodes.get(0).port());
  }

  @AfterAll
  static void stopNodes() throws Exception {
    if (balancer != null) {
      balancer.close();
    }
    for (Node node : nodes) {
      node.process().destroyForcibly();
      node.process().waitFor();
    }
  }

  @Test
  @Order(1)
  void theNodesFormOneClusterThatStoresSessionsInItsDataGrid() throws Exception {
    for (Node node : nodes) {
      String log = Files.readString(node.log());
      assertThat(log)
          .contains("DG Size: 2")
          .contains("persistence-type = hazelcast")
          .doesNotContain("defaulting to memory")
          .doesNotContain("AS-WEB-GLUE-00130");
    }
  }

  @Test
  @Order(2)
  void bothNodesTimersMakeOneNightRun() throws Exception {
    // both nodes' timers ask for tonight's snapshots every 2 s: one run, done once
    awaitUntil(Duration.ofSeconds(60), () -> night() != null && night()[1] != null);
    assertThat(count("select count(*) from analysis_run where run_key = ?", NIGHT)).isOne();
  }

  @Test
  @Order(3)
  void anExportAskedOfOneNodeIsServedByTheOtherAndSurvivesItsProducer() throws Exception {
    TestSchool school = TestSchool.onboard("cl");
    Node first = nodes.get(0);
    Node second = nodes.get(1);
    String cohort = cohortOf(school);
    Api adminOnFirst = Api.as(first.base(), school.admin(), TestSchool.PASSWORD);
    Api adminOnSecond = Api.as(second.base(), school.admin(), TestSchool.PASSWORD);
    var asked =
        adminOnFirst.send(
            "POST", "api/v1/reports/cohorts/" + cohort + "/exports?format=CSV", null, null);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    String export = asked.json().get("id").asText();
    awaitUntil(Duration.ofSeconds(60), () -> ready(adminOnSecond, export));
    var file = download(second, school, export);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isNotBlank();

    // the node producing an export dies mid-way: its row stays running, claimed by an instance
    // that is gone, its lease runs out; a sweep takes it over and produces it in its school
    sql(
        "update report_export set status = 'RUNNING', progress = 30, content = null,"
            + " file_name = null, finished_at = null, claimed_by = 'node-gone',"
            + " lease_until = current_timestamp - interval '1 second', version = version + 1"
            + " where id = cast(? as uuid)",
        export);
    awaitUntil(Duration.ofSeconds(60), () -> ready(adminOnFirst, export));
    String producer = exportHolder(export);
    Node taker = nodes.stream().filter(n -> n.holds(producer)).findFirst().orElseThrow();
    assertThat(Files.readString(taker.log())).contains("took over the abandoned export " + export);
    var again = download(taker == first ? second : first, school, export);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(file.body());
  }

  @Test
  @Order(4)
  void theNightOfAKilledNodeIsFinishedByTheOther() throws Exception {
    // a cohort with no snapshot yet, whose snapshot the night's holder then stalls on
    cohortOf(TestSchool.onboard("cn"));
    Node holder;
    Node survivor;
    try (Connection lock = database()) {
      lock.setAutoCommit(false);
      lock.createStatement().execute("lock table cohort_snapshot in exclusive mode");
      sql("delete from analysis_run where run_key = ?", NIGHT);
      awaitUntil(Duration.ofSeconds(30), () -> night() != null);
      String claimant = night()[0];
      holder = nodes.stream().filter(n -> n.holds(claimant)).findFirst().orElseThrow();
      survivor = nodes.get(1 - nodes.indexOf(holder));

      holder.process().destroyForcibly().waitFor();
      assertThat(night()[1]).as("the night is unfinished when its holder dies").isNull();
      lock.commit();
    }

    // the dead node's lease runs out: the survivor takes the night over and finishes it
    awaitUntil(Duration.ofSeconds(90), () -> night()[1] != null);
    String[] night = night();
    assertThat(survivor.holds(night[0])).as(night[0]).isTrue();
    assertThat(count("select count(*) from analysis_run where run_key = ?", NIGHT)).isOne();
    assertThat(Files.readString(survivor.log())).contains("takes over the abandoned run");

    // the killed node comes back (a fresh root directory) for the next scenario
    int index = nodes.indexOf(holder);
    deleteRecursively(work.resolve(holder.name()).resolve("root"));
    Node back = start(holder.name(), holder.port(), hazelcast + index);
    nodes.set(index, back);
    awaitReady(back, Duration.ofSeconds(420));
  }

  @Test
  @Order(5)
  void aBrowserSessionMovesBetweenNodesAndOutlivesTheOneItStartedOn() throws Exception {
    TestSchool school = TestSchool.onboard("cj");
    Node first = nodes.get(0);
    Node second = nodes.get(1);
    ChromeDriver browser = Browser.open();
    try {
      balancer.to(first.port());
      URL base =
          URI.create("http://localhost:" + Integer.getInteger("parallax.test.app-port"))
              .resolve("/")
              .toURL();
      SignIn.as(browser, base, "home.xhtml", school.trainee(), TestSchool.PASSWORD, "main");
      browser.get(base + "trainee/log-session.xhtml");
      SignIn.waitFor(browser, "log-title");
      Pages.ready(browser);

      // the view state the first node made, an Ajax request on the second
      balancer.to(second.port());
      Pages.type(browser, By.id("log:code"), "CL-01");
      Pages.click(browser, By.id("log:add-client"));
      Pages.waitForText(browser, By.id("log:messages"), "Client CL-01 added and picked.");

      balancer.to(first.port());
      Pages.typeDate(browser, "log:heldOn", LocalDate.now().minusDays(1).toString());
      Pages.type(browser, By.id("log:minutes_input"), "50");
      for (String element : List.of("focus", "outcome", "approach", "participation")) {
        Pages.click(browser, By.cssSelector("label[for='log:" + element + ":2']"));
      }

      first.process().destroyForcibly().waitFor();
      long killed = System.nanoTime();
      balancer.to(second.port());
      Pages.click(browser, By.id("log:save"));
      SignIn.waitFor(browser, "sessions-title");
      Pages.waitForText(browser, By.id("sessions:messages"), "Session saved.");
      System.out.printf(
          "ClusterIT: the journey went on %d ms after kill -9 of %s%n",
          (System.nanoTime() - killed) / 1_000_000, first.name());
      Browser.screenshot(browser, "cluster-saved-on-survivor");
    } finally {
      browser.quit();
    }
    var sessions = school.as(school.trainee()).get("api/v1/me/sessions").json();
    assertThat(sessions.toString()).contains("CL-01");
    assertThat(sessions.path("items").size()).as(sessions.toString()).isEqualTo(1);
  }

  private static boolean ready(Api admin, String export) throws Exception {
    return "READY"
        .equals(admin.get("api/v1/reports/exports/" + export).json().get("status").asText());
  }

  private static java.net.http.HttpResponse<String> download(
      Node node, TestSchool school, String export) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    node.base().toURI().resolve("api/v1/reports/exports/" + export + "/file"))
                .header(
                    "Authorization", "Bearer " + Realm.token(school.admin(), TestSchool.PASSWORD))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(6)
  void bothNodesTimersSendEachReminderOnce() throws Exception {
    // a trainee idle for 20 days and an admin due the weekly digest, in a school made after the
    // day's run; the run record is removed, so both nodes' timers (every 2 s) race for it again
    TestSchool school = TestSchool.onboard("cr");
    Api trainee = school.as(school.trainee());
    String client =
        TestSchool.created(
            trainee.post("api/v1/me/clients", Map.of("code", "CR-1", "paymentBasis", "PAID")));
    TestSchool.created(
        trainee.post(
            "api/v1/me/sessions",
            Map.of(
                "clientId",
                client,
                "heldOn",
                LocalDate.now().minusDays(20).toString(),
                "minutes",
                60,
                "focus",
                "CLEAR",
                "outcome",
                "CLEAR",
                "approach",
                "CLEAR",
                "participation",
                "CLEAR",
                "driftMarkers",
                List.of(),
                "responsibilityShare",
                50)));

    sql("delete from analysis_run where run_key = ?", REMINDERS);
    awaitUntil(Duration.ofSeconds(120), () -> finished(REMINDERS));
    // both timers keep asking: the finished run is skipped, nothing goes out twice
    Thread.sleep(6_000);

    assertThat(ReminderMails.to(java.util.regex.Pattern.quote(school.trainee()))).hasSize(1);
    assertThat(ReminderMails.to(java.util.regex.Pattern.quote(school.admin()))).hasSize(1);
    assertThat(count("select count(*) from reminder_sent where tenant_id = ?", school.id()))
        .isEqualTo(2);
    assertThat(count("select count(*) from analysis_run where run_key = ?", REMINDERS)).isOne();
  }

  /** Whether the run record {@code key} exists and is finished. */
  private static boolean finished(String key) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement("select finished_at from analysis_run where run_key = ?")) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getString(1) != null;
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String cohortOf(TestSchool school) throws Exception {
    Api admin = school.as(school.admin());
    String program =
        admin.post("api/v1/programs", Map.of("name", "Cluster")).json().get("id").asText();
    return admin
        .post(
            "api/v1/cohorts",
            Map.of(
                "programId",
                program,
                "name",
                "Cluster cohort",
                "startsOn",
                LocalDate.now().minusDays(30).toString()))
        .json()
        .get("id")
        .asText();
  }

  private static Node start(String name, int port, int hazelcast) throws IOException {
    Path dir = Files.createDirectories(work.resolve(name).resolve("tmp")).getParent();
    Path log = dir.resolve("payara.log");
    var command =
        List.of(
            ProcessHandle.current().info().command().orElse("java"),
            "-Xmx512m",
            "-Djava.io.tmpdir=" + dir.resolve("tmp"),
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("parallax.war"),
            "--port",
            String.valueOf(port),
            "--name",
            name,
            "--rootdir",
            dir.resolve("root").toString(),
            "--clustermode",
            "tcpip:" + members,
            "--startport",
            String.valueOf(hazelcast),
            "--clustername",
            cluster,
            "--interfaces",
            "127.0.0.1",
            "--nohostaware",
            "--prebootcommandfile",
            System.getProperty("parallax.test.pre-boot"));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    // tonight's snapshots asked for every 2 s, so the test need not wait for 02:00
    builder.environment().put("PARALLAX_ANALYSIS_SNAPSHOTS_HOUR", "*");
    builder.environment().put("PARALLAX_ANALYSIS_SNAPSHOTS_MINUTE", "*");
    builder.environment().put("PARALLAX_ANALYSIS_SNAPSHOTS_SECOND", "*/2");
    builder.environment().put("PARALLAX_ANALYSIS_LEASE_SECONDS", String.valueOf(LEASE.toSeconds()));
    // abandoned exports looked for every 2 s
    builder.environment().put("PARALLAX_ANALYSIS_EXPORTS_SWEEP_SECONDS", "2");
    // the day's reminders asked for every 2 s, so the test need not wait for the morning
    builder.environment().put("PARALLAX_REMINDERS_HOUR", "*");
    builder.environment().put("PARALLAX_REMINDERS_MINUTE", "*");
    builder.environment().put("PARALLAX_REMINDERS_SECOND", "*/2");
    return new Node(name, port, builder.start(), log);
  }

  /** Tonight's run record: its holder and its end (null while running), or null if none. */
  private static String[] night() throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select instance_name, finished_at from analysis_run where run_key = ?")) {
      query.setString(1, NIGHT);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? new String[] {row.getString(1), row.getString(2)} : null;
      }
    }
  }

  /** The instance that holds (or last held) an export's production. */
  private static String exportHolder(String export) throws SQLException {
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select claimed_by from report_export where id = cast(? as uuid)")) {
      query.setString(1, export);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static long count(String sql, String parameter) throws SQLException {
    try (Connection db = database();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static void sql(String sql, String parameter) throws SQLException {
    try (Connection db = database();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.executeUpdate();
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("PARALLAX_DB_URL"),
        System.getenv("PARALLAX_DB_USER"),
        System.getenv("PARALLAX_DB_PASSWORD"));
  }

  interface Condition {
    boolean holds() throws Exception;
  }

  private static void awaitUntil(Duration limit, Condition condition) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not so within " + limit);
      }
      Thread.sleep(250);
    }
  }

  private static void awaitReady(Node node, Duration limit) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    awaitUntil(
        limit,
        () -> {
          if (!node.process().isAlive()) {
            throw new IllegalStateException(node.name() + " stopped; see " + node.log());
          }
          try {
            var ready =
                http.send(
                    java.net.http.HttpRequest.newBuilder(
                            node.base().toURI().resolve("health/ready"))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200 && ready.body().contains("\"UP\"");
          } catch (IOException notYet) {
            return false;
          }
        });
  }

  /** Two consecutive free ports for Hazelcast, away from the default 5701/6900 ranges. */
  private static int freePair() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = 15900 + ThreadLocalRandom.current().nextInt(2000);
      if (free(port) && free(port + 1)) {
        return port;
      }
    }
    throw new IllegalStateException("no two free consecutive ports for Hazelcast");
  }

  private static boolean free(int port) {
    try (var socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
