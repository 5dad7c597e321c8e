package io.parallax.web.analysis;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.demo.synthetic.SyntheticSchool;
import io.parallax.demo.synthetic.SyntheticSchools;
import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ExportStatus;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.analysis.AnalysisRuns;
import io.parallax.ejb.analysis.CareerBand;
import io.parallax.ejb.analysis.CohortReports;
import io.parallax.ejb.analysis.CohortRollup;
import io.parallax.ejb.analysis.CohortSnapshots;
import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.ExportProduction;
import io.parallax.ejb.analysis.ExportQueue;
import io.parallax.ejb.analysis.ExportView;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.NightlySnapshots;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.ReportExports;
import io.parallax.ejb.analysis.ReportPeriod;
import io.parallax.ejb.analysis.SignalLevel;
import io.parallax.ejb.analysis.SnapshotView;
import io.parallax.ejb.analysis.TraineeReport;
import io.parallax.ejb.analysis.TrendPoint;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The analysis module in the container on PostgreSQL, over a generated school with planted
 * patterns: the signals, effects and roles of the cohort reports, their tenant isolation, and the
 * nightly snapshots run once per cluster.
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisIT {

  private static final LocalDate TODAY = LocalDate.now();

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxDemoWar());
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB Cohorts cohorts;
  @EJB Programs programs;
  @EJB SyntheticSchools synthetic;
  @EJB CohortReports reports;
  @EJB CohortSnapshots snapshots;
  @EJB NightlySnapshots nightly;
  @EJB AnalysisRuns runs;
  @EJB ReportExports exports;
  @EJB ExportQueue queue;
  @EJB ExportProduction production;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSupervisor;
  @EJB AsTrainee asTrainee;

  /** A generated school whose members include the test callers; Sol supervises half of it. */
  record Generated(
      School school, SyntheticSchool.Planted planted, List<UUID> cohorts, Map<String, UUID> ids) {}

  private static Generated generated;

  private synchronized Generated generated() throws Exception {
    if (generated == null) {
      School school = CallerSchools.create("ana", schools, members, asAdmin);
      SyntheticSchool.Planted planted =
          in(
              school.id(),
              () ->
                  synthetic.write(
                      SyntheticSchool.Spec.small(List.of(AsSupervisor.SUBJECT, "syn-sup-2")),
                      TODAY));
      List<UUID> cohortIds =
          as(asAdmin, school, cohorts::list).stream().map(CohortSummary::id).toList();
      Map<String, UUID> ids =
          as(asAdmin, school, members::list).stream()
              .collect(
                  Collectors.toMap(
                      m -> m.email().substring(0, m.email().indexOf('@')), MemberSummary::id));
      generated = new Generated(school, planted, cohortIds, ids);
    }
    return generated;
  }

  private List<ParallelProcessSignal> signals(Object caller, Generated g) throws Exception {
    List<ParallelProcessSignal> all = new ArrayList<>();
    for (UUID cohort : g.cohorts()) {
      all.addAll(as(caller, g.school(), () -> reports.signals(cohort, TODAY)));
    }
    return all;
  }

  @Test
  void plantedMirroredTraineesAreLikelyAndPlainOnesNone() throws Exception {
    Generated g = generated();

    List<ParallelProcessSignal> signals = signals(asAdmin, g);

    List<UUID> mirrored = g.planted().mirrored().stream().map(g.ids()::get).toList();
    List<UUID> plain = g.planted().plain().stream().map(g.ids()::get).toList();
    assertThat(signals).hasSize(40);
    assertThat(mirrored).isNotEmpty();
    assertThat(signals)
        .filteredOn(s -> mirrored.contains(s.trainee()))
        .allSatisfy(s -> assertThat(s.level()).isEqualTo(SignalLevel.LIKELY));
    assertThat(signals.stream().filter(s -> plain.contains(s.trainee())))
        .filteredOn(s -> s.level() == SignalLevel.NONE)
        .hasSizeGreaterThanOrEqualTo((int) Math.round(plain.size() * 0.9));
  }

  @Test
  void plantedEffectsHaveThePlantedSign() throws Exception {
    Generated g = generated();
    double modelling = 0;
    double early = 0;
    double late = 0;

    for (UUID cohort : g.cohorts()) {
      ModellingReport report =
          as(asAdmin, g.school(), () -> reports.modelling(cohort, TODAY.minusDays(120), TODAY));
      modelling += report.all().effect();
      CohortTrend trend =
          as(
              asAdmin,
              g.school(),
              () -> reports.trend(cohort, ReportPeriod.MONTH, TODAY.minusDays(130), TODAY));
      for (TrendPoint point : trend.points()) {
        var bands = point.byCareerBand();
        if (bands.containsKey(CareerBand.MONTHS_0_3)
            && bands.containsKey(CareerBand.MONTHS_24_PLUS)) {
          early += bands.get(CareerBand.MONTHS_0_3).client().meanScore();
          late += bands.get(CareerBand.MONTHS_24_PLUS).client().meanScore();
        }
      }
    }

    assertThat(modelling).isPositive();
    assertThat(early).isLessThan(late);
  }

  @Test
  void aSupervisorSeesOnlyTheirSuperviseesAndATraineeNothing() throws Exception {
    Generated g = generated();

    List<ParallelProcessSignal> supervisorRows = signals(asSupervisor, g);
    List<ParallelProcessSignal> adminRows = signals(asAdmin, g);

    assertThat(supervisorRows).hasSize(20);
    assertThat(adminRows.stream().map(ParallelProcessSignal::trainee))
        .containsAll(supervisorRows.stream().map(ParallelProcessSignal::trainee).toList());
    UUID notSols = g.ids().get("syn-trainee-2");
    UUID sols = g.ids().get("syn-trainee-1");
    assertThatThrownBy(() -> as(asSupervisor, g.school(), () -> reports.trainee(notSols, TODAY)))
        .isInstanceOf(NoSuchRecord.class);
    TraineeReport drill = as(asSupervisor, g.school(), () -> reports.trainee(sols, TODAY));
    assertThat(drill.sessions()).isNotEmpty();
    assertThat(drill.figures().client().sessions())
        .isEqualTo(drill.sessions().stream().filter(s -> s.kind().name().equals("CLIENT")).count());
    refusedAccess(
        () -> as(asTrainee, g.school(), () -> reports.signals(g.cohorts().get(0), TODAY)));
  }

  @Test
  void anotherSchoolSeesNoneOfTheReportsRows() throws Exception {
    Generated g = generated();
    School other = CallerSchools.create("ana-other", schools, members, asAdmin);
    UUID cohort = g.cohorts().get(0);

    assertThatThrownBy(() -> as(asAdmin, other, () -> reports.signals(cohort, TODAY)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asAdmin, other, () -> reports.trend(cohort, null, null, null)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () -> as(asAdmin, other, () -> reports.trainee(g.ids().get("syn-trainee-1"), TODAY)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asAdmin, other, () -> snapshots.ofCohort(cohort)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asAdmin, g.school(), () -> snapshots.ofCohort(UUID.randomUUID())))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void nightlySnapshotsCoverEachSchoolOnlyWithItsOwnRows() throws Exception {
    Generated g = generated();
    School empty = CallerSchools.create("ana-empty", schools, members, asAdmin);
    UUID program = as(asAdmin, empty, () -> cohortsProgram(empty));
    UUID emptyCohort =
        as(asAdmin, empty, () -> cohorts.open(program, "Empty", TODAY.minusDays(10), null)).id();
    LocalDate day = unusedDay();

    NightlySnapshots.Outcome outcome = nightly.runFor(day);

    assertThat(outcome.skipped()).isFalse();
    SnapshotView mine =
        as(asAdmin, g.school(), () -> snapshots.ofCohort(g.cohorts().get(0))).stream()
            .filter(s -> s.takenOn().equals(day))
            .findFirst()
            .orElseThrow();
    CohortRollup live = as(asAdmin, g.school(), () -> reports.rollup(g.cohorts().get(0), day));
    assertThat(mine.figures().clientSessions()).isEqualTo((int) live.window().client().sessions());
    assertThat(mine.figures().signalsLikely())
        .isEqualTo(live.signals().get(SignalLevel.LIKELY).intValue());
    SnapshotView theirs =
        as(asAdmin, empty, () -> snapshots.ofCohort(emptyCohort)).stream()
            .filter(s -> s.takenOn().equals(day))
            .findFirst()
            .orElseThrow();
    assertThat(theirs.figures().trainees()).isZero();
    assertThat(theirs.figures().clientSessions()).isZero();
    assertThat(theirs.figures().supervisionSessions()).isZero();
  }

  @Test
  void aSecondInstancesRunIsSkippedWhileTheFirstHoldsTheRunRecord() throws Exception {
    Generated g = generated();
    LocalDate day = unusedDay();
    String firstInstance = "instance-1";

    assertThat(runs.claim(NightlySnapshots.runKey(day), firstInstance)).isPresent();
    NightlySnapshots.Outcome second = nightly.runFor(day);

    assertThat(second.skipped()).isTrue();
    assertThat(as(asAdmin, g.school(), () -> snapshots.ofCohort(g.cohorts().get(0))))
        .noneMatch(s -> s.takenOn().equals(day));
    assertThat(runs.claim(NightlySnapshots.runKey(day), "instance-2")).isEmpty();
  }

  @Test
  void exportsAreProducedInTheBackgroundWithTheCallersRowsOnly() throws Exception {
    Generated g = generated();
    UUID cohort = g.cohorts().get(0);

    ExportView pdf = as(asAdmin, g.school(), () -> exports.request(cohort, ExportFormat.PDF));
    ExportView csv = as(asSupervisor, g.school(), () -> exports.request(cohort, ExportFormat.CSV));
    ExportView xlsx = as(asAdmin, g.school(), () -> exports.request(cohort, ExportFormat.XLSX));

    assertThat(pdf.status()).isEqualTo(ExportStatus.QUEUED);
    byte[] pdfFile = ready(asAdmin, g.school(), pdf.id());
    byte[] csvFile = ready(asSupervisor, g.school(), csv.id());
    byte[] xlsxFile = ready(asAdmin, g.school(), xlsx.id());
    assertThat(new String(pdfFile, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(new String(xlsxFile, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    String text = csvText(csvFile);
    assertThat(text).contains("\nTrainee 1,").doesNotContain("\nTrainee 2,");

    assertThatThrownBy(() -> as(asSupervisor, g.school(), () -> exports.status(pdf.id())))
        .isInstanceOf(NoSuchRecord.class);
    School other = CallerSchools.create("ana-exp", schools, members, asAdmin);
    assertThatThrownBy(() -> as(asAdmin, other, () -> exports.status(pdf.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asAdmin, other, () -> exports.request(cohort, ExportFormat.CSV)))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void anAbandonedExportIsTakenOverInItsOwnSchoolAsItsRequesterSawIt() throws Exception {
    Generated g = generated();
    UUID cohort = g.cohorts().get(0);
    ExportView asked =
        as(asSupervisor, g.school(), () -> exports.request(cohort, ExportFormat.CSV));
    ready(asSupervisor, g.school(), asked.id());
    School other = CallerSchools.create("ana-take", schools, members, asAdmin);

    // the producing node died mid-way: the row is running, its lease run out
    abandon(asked.id());
    assertThat(queue.abandoned(java.time.Instant.now(), 1000))
        .contains(new ExportQueue.Abandoned(g.school().id(), asked.id()));
    boolean byOtherSchool = production.takeOver(other.id(), asked.id());
    boolean byOwnSchool = production.takeOver(g.school().id(), asked.id());
    boolean twice = production.takeOver(g.school().id(), asked.id());

    assertThat(byOtherSchool).isFalse();
    assertThat(byOwnSchool).isTrue();
    assertThat(twice).isFalse();
    String text = csvText(ready(asSupervisor, g.school(), asked.id()));
    assertThat(text).contains("\nTrainee 1,").doesNotContain("\nTrainee 2,");
    assertThat(queue.abandoned(java.time.Instant.now(), 1000))
        .noneMatch(a -> a.export().equals(asked.id()));
  }

  /** Leaves an export as a node that died while producing it leaves it. */
  private static void abandon(UUID export) throws Exception {
    try (var db =
            java.sql.DriverManager.getConnection(
                System.getenv("PARALLAX_DB_URL"),
                System.getenv("PARALLAX_DB_USER"),
                System.getenv("PARALLAX_DB_PASSWORD"));
        var update =
            db.prepareStatement(
                "update report_export set status = 'RUNNING', progress = 30, content = null,"
                    + " file_name = null, finished_at = null, claimed_by = 'node-gone',"
                    + " lease_until = ?, version = version + 1 where id = ?")) {
      update.setObject(1, java.time.OffsetDateTime.now().minusSeconds(1));
      update.setObject(2, export);
      assertThat(update.executeUpdate()).isOne();
    }
  }

  @Test
  void reportsReadAsJson() throws Exception {
    Generated g = generated();
    UUID cohort = g.cohorts().get(0);
    Jsonb json = JsonbBuilder.create();

    String trend =
        json.toJson(as(asAdmin, g.school(), () -> reports.trend(cohort, null, null, null)));
    String drill =
        json.toJson(
            as(asAdmin, g.school(), () -> reports.trainee(g.ids().get("syn-trainee-1"), TODAY)));

    assertThat(trend).contains("\"clearShare\":{\"FOCUS\":");
    CohortTrend weeks =
        as(
            asAdmin,
            g.school(),
            () -> reports.trend(cohort, ReportPeriod.WEEK, TODAY.minusDays(60), TODAY));
    assertThat(weeks.points()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(weeks.points())
        .allSatisfy(
            p -> assertThat(p.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    assertThat(drill).contains("\"evidence\":[").contains("\"sessions\":[");
  }

  /** The CSV files of an export's ZIP, one after the other. */
  private static String csvText(byte[] zip) throws Exception {
    StringBuilder text = new StringBuilder();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  private byte[] ready(Object caller, School school, UUID export) throws Exception {
    for (int i = 0; i < 120; i++) {
      ExportView view = as(caller, school, () -> exports.status(export));
      assertThat(view.status()).isNotEqualTo(ExportStatus.FAILED);
      if (view.status() == ExportStatus.READY) {
        assertThat(view.progress()).isEqualTo(100);
        return as(caller, school, () -> exports.download(export)).content();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("export " + export + " not ready in 60 s");
  }

  private UUID cohortsProgram(School school) throws Exception {
    return programs.open("Program of " + school.id(), null);
  }

  /** A day no earlier run of this database used (a database may outlive a test run). */
  private static LocalDate unusedDay() {
    return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
  }
}
