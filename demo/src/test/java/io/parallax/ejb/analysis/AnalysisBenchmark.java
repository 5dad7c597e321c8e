package io.parallax.ejb.analysis;

import io.parallax.demo.synthetic.SyntheticSchool;
import io.parallax.domain.analysis.CohortSnapshot;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The analysis benchmark (not a test): a school of {@code bench.trainees} trainees (default 5,000)
 * in {@code bench.cohorts} cohorts (50; the first of 200 trainees), with about 200 client sessions
 * each (1,000,000) and fortnightly supervision, in PostgreSQL; then the cohort trend report against
 * the same aggregate as plain SQL in psql, the signals of the 200-trainee cohort, the nightly
 * snapshot of the whole school, and the heap used. The generated school is kept (embedded data in
 * {@code demo/target/bench-pg}, or {@code -Dbench.db.url=...}) so a second run measures only.
 *
 * <p>{@code ./mvnw -B -pl demo -am test-compile exec:java@bench}
 *
 * <p>It lives beside the generator in the demo module, in the package of the analysis it measures
 * (it repeats what the package-private {@code CohortSnapshots.figures} does in the container).
 */
public final class AnalysisBenchmark {

  private static final String SCHOOL = System.getProperty("bench.school", "bench");
  private static final int RUNS = 15;
  private static final LocalDate TODAY = LocalDate.now();

  private final EntityManagerFactory factory;
  private final StringBuilder report = new StringBuilder();

  /**
   * The production persistence unit on {@code data}'s database, through Hibernate's own small
   * connection pool (connections stay open between runs, as with a server's pool).
   */
  private AnalysisBenchmark(PGSimpleDataSource data) throws Exception {
    DataSource pooled = oneConnection(data.getConnection());
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", pooled);
    settings.put("jakarta.persistence.nonJtaDataSource", pooled);
    settings.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    settings.put("hibernate.jdbc.batch_size", "500");
    settings.put("hibernate.order_inserts", "true");
    settings.put("hibernate.show_sql", System.getProperty("bench.show-sql", "false"));
    factory = Persistence.createEntityManagerFactory("parallax", settings);
  }

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("bench.db.url");
    EmbeddedPostgres embedded = null;
    PGSimpleDataSource data = new PGSimpleDataSource();
    if (url == null) {
      Path dir = target().resolve(System.getProperty("bench.pg-dir", "bench-pg"));
      Files.createDirectories(dir);
      embedded =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("work_mem", "32MB")
              .start();
      url = embedded.getJdbcUrl("postgres", "postgres");
      data.setUser("postgres");
    } else {
      data.setUser(System.getProperty("bench.db.user", "parallax"));
      data.setPassword(System.getProperty("bench.db.password", ""));
    }
    data.setURL(url + System.getProperty("bench.url-options", ""));
    data.setReWriteBatchedInserts(true);
    try {
      new AnalysisBenchmark(data).run(data, url);
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private void run(PGSimpleDataSource data, String url) throws Exception {
    int trainees = Integer.getInteger("bench.trainees", 5000);
    int cohorts = Integer.getInteger("bench.cohorts", 50);
    long generated = generateOnce(trainees, cohorts);
    if (Boolean.getBoolean("bench.generate-only")) {
      System.out.printf("School '%s' is in place (generated now in %,d s).%n", SCHOOL, generated);
      factory.close();
      return;
    }
    try (Connection c = data.getConnection();
        Statement s = c.createStatement()) {
      s.execute("analyze");
    }
    line(
        "practice sessions in the school: %,d (generated now in %,d s)",
        count("select count(*) from practice_session where tenant_id = '" + SCHOOL + "'", data),
        generated);
    line(
        "supervision sessions: %,d",
        count("select count(*) from supervision_session where tenant_id = '" + SCHOOL + "'", data));
    UUID largest = largestCohort();
    String explain = System.getProperty("bench.explain");
    if (explain != null) {
      explain(data, Files.readString(Path.of(explain)).replace(":cohort", "'" + largest + "'"));
      factory.close();
      return;
    }
    AnalysisSettings settings = AnalysisSettings.defaults();
    LocalDate from = ReportPeriod.MONTH.startOfPeriodOf(TODAY.minusMonths(12));
    ReportScope scope = ReportScope.wholeCohort(largest);

    resetPeaks();
    double trend =
        median(
            () ->
                inSchool(
                    em ->
                        new CohortAnalysis(em, settings)
                            .trend(scope, ReportPeriod.MONTH, from, TODAY)));
    long trendHeap = peakHeap();
    double psql = psql(url, data, largest, from);
    line(
        "cohort trend report (200 trainees, 12 months, by month, level and career band): %.0f ms",
        trend);
    line(
        "the same aggregate as plain SQL in psql: %.0f ms  -> ratio %.2f (target <= 1.5)",
        psql, trend / psql);

    double bothRows =
        median(
            () ->
                inSchool(
                    em ->
                        new SessionTallies(em).trendRows(scope, ReportPeriod.MONTH, from, TODAY)));
    UUID scale =
        inSchool(
            em ->
                em.createNamedQuery(
                        io.parallax.domain.assessment.DevelopmentalScale.ALL,
                        io.parallax.domain.assessment.DevelopmentalScale.class)
                    .setMaxResults(1)
                    .getSingleResult()
                    .id());
    double stageRows =
        median(() -> inSchool(em -> new SessionTallies(em).stageSteps(scope, scale)));
    double empty = median(() -> inSchool(em -> null));
    // the machine's load drifts: measure both sides in alternating rounds, judge the median ratio
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= 3; round++) {
      double trendAgain =
          median(
              () ->
                  inSchool(
                      em ->
                          new CohortAnalysis(em, settings)
                              .trend(scope, ReportPeriod.MONTH, from, TODAY)));
      double psqlAgain = psql(url, data, largest, from);
      ratios.add(trendAgain / psqlAgain);
      line(
          "round %d: cohort trend report %.0f ms; psql %.0f ms -> ratio %.2f",
          round, trendAgain, psqlAgain, trendAgain / psqlAgain);
    }
    Collections.sort(ratios);
    line("median ratio of the three rounds: %.2f (target <= 1.5)", ratios.get(1));
    line(
        "  of which: the sessions' query (client and supervision in one) %.0f ms,"
            + " current levels %.0f ms, an empty transaction %.1f ms",
        bothRows, stageRows, empty);

    resetPeaks();
    double signals =
        median(() -> inSchool(em -> new CohortAnalysis(em, settings).signals(scope, TODAY)));
    long signalHeap = peakHeap();
    line("parallel-process signals, 200-trainee cohort: %.0f ms (target < 1000)", signals);

    resetPeaks();
    long start = System.nanoTime();
    int snapshots = inSchool(em -> snapshotSchool(em, settings));
    double snapshot = (System.nanoTime() - start) / 1e6;
    long snapshotHeap = peakHeap();
    line(
        "nightly snapshot of the whole school (%d cohorts): %.0f ms (target < 60000)",
        snapshots, snapshot);
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    line(
        "heap: peak %d MB during the trend, %d MB during the signals, %d MB during the snapshot;"
            + " %d MB used after GC; max %d MB",
        trendHeap >> 20,
        signalHeap >> 20,
        snapshotHeap >> 20,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20,
        runtime.maxMemory() >> 20);
    Path out = target().resolve("bench-results.txt");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println("\n" + report + "(written to " + out.toAbsolutePath() + ")");
    factory.close();
  }

  private long generateOnce(int trainees, int cohorts) throws Exception {
    boolean present = inTransaction(em -> em.find(School.class, SCHOOL) != null);
    if (present) {
      return 0;
    }
    long start = System.nanoTime();
    inTransaction(
        em -> {
          em.persist(new School(SCHOOL, "Benchmark school"));
          return null;
        });
    List<String> supervisors = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      supervisors.add("bench-supervisor-" + i);
    }
    SyntheticSchool.Spec spec =
        new SyntheticSchool.Spec(
            cohorts,
            trainees,
            supervisors,
            Integer.getInteger("bench.days", 800),
            3,
            0.15,
            0.3,
            0.25,
            42,
            Math.min(200, trainees));
    CurrentSchool.callAs(
        SCHOOL,
        () -> {
          EntityManager em = factory.createEntityManager();
          em.getTransaction().begin();
          int[] done = {0};
          new SyntheticSchool(
                  em,
                  () -> {
                    em.getTransaction().commit();
                    em.clear();
                    em.getTransaction().begin();
                    if (++done[0] % 250 == 0) {
                      System.out.printf("generated %,d of %,d trainees%n", done[0], trainees);
                    }
                  })
              .write(spec, TODAY);
          em.getTransaction().commit();
          em.close();
          return null;
        });
    return (System.nanoTime() - start) / 1_000_000_000;
  }

  private UUID largestCohort() throws Exception {
    return inSchool(
        em ->
            em.createQuery(
                    "select e.cohort.id from Enrolment e group by e.cohort.id order by count(e) desc",
                    UUID.class)
                .setMaxResults(1)
                .getSingleResult());
  }

  /** What CohortSnapshots.take does, outside the container: a rollup per cohort, stored. */
  private static int snapshotSchool(EntityManager em, AnalysisSettings settings) {
    em.createQuery("delete from CohortSnapshot s where s.takenOn = :day")
        .setParameter("day", TODAY)
        .executeUpdate();
    CohortAnalysis analysis = new CohortAnalysis(em, settings);
    int count = 0;
    for (Cohort cohort : em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList()) {
      CohortRollup rollup =
          analysis.rollup(ReportScope.wholeCohort(cohort.id()), cohort.name(), TODAY);
      em.persist(new CohortSnapshot(cohort, TODAY, CohortSnapshots.figures(rollup)));
      count++;
    }
    return count;
  }

  /** The cohort trend aggregate written by hand, run in psql; the median of RUNS timings. */
  private double psql(String url, PGSimpleDataSource data, UUID cohort, LocalDate from)
      throws IOException, InterruptedException {
    String sql =
        new String(
                AnalysisBenchmark.class
                    .getResourceAsStream("/bench/cohort-trend.sql")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("'bench'", "'" + SCHOOL + "'")
            .replace(":cohort", "'" + cohort + "'")
            .replace(":from", "'" + from + "'")
            .replace(":to", "'" + TODAY + "'");
    StringBuilder script = new StringBuilder("\\timing on\n\\o /dev/null\n");
    for (int i = 0; i < RUNS + 2; i++) {
      script.append(sql).append('\n');
    }
    Path file = Files.createTempFile("bench", ".sql");
    Files.writeString(file, script);
    Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(url);
    if (!m.find()) {
      throw new IllegalStateException("cannot read host and port from " + url);
    }
    ProcessBuilder psql =
        new ProcessBuilder(
            "psql",
            "-X",
            "-q",
            "-h",
            m.group(1),
            "-p",
            m.group(2),
            "-U",
            data.getUser(),
            "-d",
            m.group(3),
            "-f",
            file.toString());
    if (data.getPassword() != null) {
      psql.environment().put("PGPASSWORD", data.getPassword());
    }
    psql.redirectErrorStream(true);
    Process process = psql.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    List<Double> times = new ArrayList<>();
    Matcher time = Pattern.compile("Time: ([0-9.]+) ms").matcher(output);
    while (time.find()) {
      times.add(Double.parseDouble(time.group(1)));
    }
    if (times.size() < RUNS) {
      throw new IllegalStateException("psql did not time the query:\n" + output);
    }
    List<Double> measured = new ArrayList<>(times.subList(2, times.size()));
    Collections.sort(measured);
    return measured.get(measured.size() / 2);
  }

  /**
   * A data source that hands out one open connection again and again (closing it only returns it):
   * the benchmark is single-threaded, and a server's pool keeps its connections open too.
   */
  private static DataSource oneConnection(Connection connection) {
    Connection kept =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                AnalysisBenchmark.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close")
                        ? null
                        : method.getName().equals("isClosed")
                            ? false
                            : invoke(method, connection, args));
    PGSimpleDataSource base = new PGSimpleDataSource();
    return (DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            AnalysisBenchmark.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) ->
                method.getName().equals("getConnection") ? kept : invoke(method, base, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The demo module's target directory (the test classes live in target/test-classes). */
  private static Path target() throws Exception {
    return Path.of(
            AnalysisBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  interface Work {
    Object run() throws Exception;
  }

  /**
   * The median wall time of 15 runs after 10 warm-up runs (a running server has long compiled its
   * hot paths), in ms.
   */
  private static double median(Work work) throws Exception {
    for (int i = 0; i < 10; i++) {
      work.run();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.run();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times.get(RUNS / 2);
  }

  private <T> T inSchool(Function<EntityManager, T> work) throws Exception {
    return CurrentSchool.callAs(SCHOOL, () -> inTransaction(work));
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private static long count(String sql, DataSource data) throws Exception {
    try (Connection c = data.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Prints the result of {@code sql} (e.g. an EXPLAIN ANALYZE) row by row. */
  private static void explain(DataSource data, String sql) throws Exception {
    try (Connection c = data.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      while (rows.next()) {
        System.out.println(rows.getString(1));
      }
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private void line(String format, Object... args) {
    String text = String.format(format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }
}
