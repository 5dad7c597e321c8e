package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parallax.domain.Examples;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis queries on the embedded database (H2) with a hand-made school: one trainee, three
 * client sessions and two supervision sessions, whose figures are worked out by hand below. A
 * second school holds a copy of the same records, which must never be counted.
 *
 * <p>Client sessions (training ended 2025-11-01): Jan 5 C,C,P,A +STORYTELLING, 60 % responsibility
 * (score 62.5, 65 days: 0–3 months); Jan 20 all CLEAR, 30 % (100, 80 days: 0–3); Feb 3 all ABSENT
 * +STORYTELLING +CIRCLING, 70 % (0, 94 days: 3–6). Supervision: Jan 12 all PARTIAL +STORYTELLING,
 * OVER_RESPONSIBILITY named, not modelled (50); Jan 27 all CLEAR, modelled (100).
 */
class SessionTalliesH2Test {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 2, 28);

  private static H2Schools db;
  private static Fixture mine;

  record Fixture(UUID cohort, UUID trainee, UUID scale) {}

  @BeforeAll
  static void arrange() throws Exception {
    db = H2Schools.open();
    mine = db.inSchool("mine", SessionTalliesH2Test::school);
    db.inSchool("yours", SessionTalliesH2Test::school);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Fixture school(EntityManager em) {
    Program program = persist(em, Examples.program());
    Cohort cohort = persist(em, new Cohort(program, "Winter", FROM, null));
    Person trainee = persist(em, Examples.trainee("Tia Trainee"));
    trainee.initialTrainingEnded(LocalDate.of(2025, 11, 1));
    Person supervisor = persist(em, Examples.supervisor("Sue Supervisor"));
    persist(em, new Enrolment(cohort, trainee, FROM));
    SupervisorAssignment assignment =
        persist(em, new SupervisorAssignment(supervisor, trainee, FROM, null));
    Client client = persist(em, new Client(trainee, "C-1", PaymentBasis.PAID, false));
    client(
        em,
        trainee,
        client,
        5,
        1,
        ContractingRatings.of(CLEAR, CLEAR, PARTIAL, ABSENT),
        60,
        DriftMarker.STORYTELLING);
    client(em, trainee, client, 20, 1, ContractingRatings.all(CLEAR), 30);
    client(
        em,
        trainee,
        client,
        3,
        2,
        ContractingRatings.all(ABSENT),
        70,
        DriftMarker.STORYTELLING,
        DriftMarker.CIRCLING);
    SupervisionSession first = supervision(em, assignment, 12, ContractingRatings.all(PARTIAL));
    first.markDrift(Set.of(DriftMarker.STORYTELLING));
    first.nameCoreIssues(List.of("OVER_RESPONSIBILITY"));
    supervision(em, assignment, 27, ContractingRatings.all(CLEAR)).modelContracting(true);
    DevelopmentalScale idm = persist(em, DevelopmentalScale.idm());
    stage(em, assignment, idm, LocalDate.of(2026, 1, 10), "1");
    stage(em, assignment, idm, LocalDate.of(2026, 2, 1), "2");
    return new Fixture(cohort.id(), trainee.id(), idm.id());
  }

  private static void client(
      EntityManager em,
      Person trainee,
      Client client,
      int day,
      int month,
      ContractingRatings ratings,
      int responsibility,
      DriftMarker... drift) {
    PracticeSession session =
        new PracticeSession(
            trainee, client, LocalDate.of(2026, month, day), 50, ratings, responsibility);
    session.markDrift(Set.of(drift));
    em.persist(session);
  }

  private static SupervisionSession supervision(
      EntityManager em, SupervisorAssignment assignment, int day, ContractingRatings ratings) {
    return persist(
        em,
        new SupervisionSession(
            assignment,
            LocalDate.of(2026, 1, day),
            60,
            SupervisionFormat.INDIVIDUAL,
            ratings,
            ProctorBalance.of(30, 40, 30)));
  }

  private static void stage(
      EntityManager em,
      SupervisorAssignment assignment,
      DevelopmentalScale scale,
      LocalDate on,
      String level) {
    StageAssessment stage =
        new StageAssessment(
            assignment,
            on,
            scale,
            DevelopmentDomain.CONTRACTING,
            level,
            StageSubScores.of(2, 3, 2),
            "From the sessions of the month.");
    stage.signOff(Instant.now());
    em.persist(stage);
  }

  private static <T> T persist(EntityManager em, T record) {
    em.persist(record);
    return record;
  }

  private static <T> T inMine(java.util.function.Function<SessionTallies, T> query)
      throws Exception {
    return db.inSchool("mine", em -> query.apply(new SessionTallies(em)));
  }

  @Test
  void trendRowsCountPerMonthTraineeAndCareerBand() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(mine.cohort());

    List<TrendRow> client =
        inMine(q -> q.trendRows(SessionKind.CLIENT, scope, ReportPeriod.MONTH, FROM, TO));
    List<TrendPoint> points = CohortTrends.rollUp(ReportPeriod.MONTH, client, trainee -> "1");

    assertThat(client).hasSize(2);
    assertThat(points)
        .extracting(TrendPoint::start)
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
    ContractingFigures january = points.get(0).all().client();
    assertThat(january.sessions()).isEqualTo(2);
    assertThat(january.meanScore()).isCloseTo(81.25, within(1e-9));
    assertThat(january.clearShare().get(ContractingElement.FOCUS)).isEqualTo(1.0);
    assertThat(january.clearShare().get(ContractingElement.APPROACH)).isEqualTo(0.5);
    assertThat(january.driftRate().get(DriftMarker.STORYTELLING)).isEqualTo(0.5);
    assertThat(points.get(0).byCareerBand()).containsOnlyKeys(CareerBand.MONTHS_0_3);
    ContractingFigures february = points.get(1).byCareerBand().get(CareerBand.MONTHS_3_6).client();
    assertThat(february.meanScore()).isEqualTo(0.0);
    assertThat(february.anyDriftRate()).isEqualTo(1.0);
  }

  @Test
  void trendRowsByWeekAndForSupervision() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(mine.cohort());

    List<TrendRow> weeks =
        inMine(q -> q.trendRows(SessionKind.CLIENT, scope, ReportPeriod.WEEK, FROM, TO));
    List<TrendRow> supervision =
        inMine(q -> q.trendRows(SessionKind.SUPERVISION, scope, ReportPeriod.MONTH, FROM, TO));

    assertThat(weeks)
        .extracting(row -> ReportPeriod.WEEK.startOf(row.period()))
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2));
    assertThat(supervision).hasSize(1);
    assertThat(supervision.get(0).tally().meanScore()).isEqualTo(75.0);
  }

  @Test
  void bothKindsInOneStatementAreEachKindsRows() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(mine.cohort());

    List<TrendRow> both = inMine(q -> q.trendRows(scope, ReportPeriod.MONTH, FROM, TO));
    List<TrendRow> client =
        inMine(q -> q.trendRows(SessionKind.CLIENT, scope, ReportPeriod.MONTH, FROM, TO));
    List<TrendRow> supervision =
        inMine(q -> q.trendRows(SessionKind.SUPERVISION, scope, ReportPeriod.MONTH, FROM, TO));

    assertThat(both).hasSize(3).containsAll(client).containsAll(supervision);
    assertThat(both).filteredOn(row -> row.kind() == SessionKind.SUPERVISION).hasSize(1);
  }

  @Test
  void evidenceCountsBothPlacesOfATrainee() throws Exception {
    Map<UUID, TraineeEvidence> evidence =
        inMine(q -> q.evidence(ReportScope.wholeCohort(mine.cohort()), FROM, TO));

    TraineeEvidence tia = evidence.get(mine.trainee());
    assertThat(evidence).containsOnlyKeys(mine.trainee());
    assertThat(tia.client().sessions()).isEqualTo(3);
    assertThat(tia.client().weakShare(ContractingElement.APPROACH))
        .isCloseTo(2 / 3.0, within(1e-9));
    assertThat(tia.rescuingClientSessions()).isEqualTo(2);
    assertThat(tia.supervision().sessions()).isEqualTo(2);
    assertThat(tia.overResponsibilityNamed()).isEqualTo(1);
    assertThat(tia.observations()).isZero();
    assertThat(new ParallelProcessJudge(SignalThresholds.DEFAULTS).judge(tia).level())
        .isEqualTo(SignalLevel.POSSIBLE);
  }

  @Test
  void supervisionWindowsCompareClientScoresBeforeAndAfter() throws Exception {
    List<SupervisionWindow> windows =
        inMine(q -> q.supervisionWindows(ReportScope.wholeCohort(mine.cohort()), FROM, TO, 14));

    ModellingEffect effect = ModellingEffect.of(windows);

    assertThat(windows).hasSize(2);
    assertThat(effect.otherChange()).isEqualTo(37.5);
    assertThat(effect.modelledChange()).isEqualTo(-100.0);
    assertThat(effect.effect()).isEqualTo(-137.5);
  }

  @Test
  void stageStepsGiveTheProgression() throws Exception {
    List<StageStep> steps =
        inMine(q -> q.stageSteps(ReportScope.wholeCohort(mine.cohort()), mine.scale()));

    StageProgression progression =
        StageProgression.of(List.of("1", "2", "3", "3i"), 1, steps, LocalDate.of(2026, 3, 1));

    assertThat(progression.distribution())
        .containsEntry("1", 0L)
        .containsEntry("2", 1L)
        .containsEntry(CohortTrends.UNASSESSED, 0L);
    assertThat(progression.meanDaysInLevel()).containsEntry("1", 22.0).containsEntry("2", 28.0);
  }

  @Test
  void signalsOfACaseloadJudgeEachTraineeOnlyInTheirSchool() throws Exception {
    UUID stranger = UUID.randomUUID();
    Set<UUID> caseload = Set.of(mine.trainee(), stranger);

    Map<UUID, ParallelProcessSignal> signals =
        db.inSchool(
            "mine",
            em -> new CohortAnalysis(em, AnalysisSettings.defaults()).signalsOf(caseload, TO));
    Map<UUID, ParallelProcessSignal> elsewhere =
        db.inSchool(
            "yours",
            em -> new CohortAnalysis(em, AnalysisSettings.defaults()).signalsOf(caseload, TO));

    ParallelProcessSignal tia = signals.get(mine.trainee());
    assertThat(signals).containsOnlyKeys(mine.trainee(), stranger);
    assertThat(tia.level()).isEqualTo(SignalLevel.POSSIBLE);
    assertThat(tia.points()).isEqualTo(2);
    assertThat(tia.clientSessions()).isEqualTo(3);
    assertThat(tia.supervisionSessions()).isEqualTo(2);
    assertThat(tia.mirroredElements()).isEmpty();
    assertThat(tia.mirroredDrift()).containsExactly(DriftMarker.STORYTELLING);
    assertThat(tia.overResponsibility()).isTrue();
    assertThat(signals.get(stranger).enoughSessions()).isFalse();
    assertThat(signals.get(stranger).level()).isEqualTo(SignalLevel.NONE);
    assertThat(elsewhere.get(mine.trainee()).clientSessions()).isZero();
    assertThat(elsewhere.get(mine.trainee()).level()).isEqualTo(SignalLevel.NONE);
  }

  @Test
  void aSupervisorScopeWithoutTheTraineeCountsNothing() throws Exception {
    ReportScope others = new ReportScope(mine.cohort(), Set.of(UUID.randomUUID()));

    Map<UUID, TraineeEvidence> evidence = inMine(q -> q.evidence(others, FROM, TO));
    List<TrendRow> rows =
        inMine(q -> q.trendRows(SessionKind.CLIENT, others, ReportPeriod.MONTH, FROM, TO));
    List<TrendRow> both = inMine(q -> q.trendRows(others, ReportPeriod.MONTH, FROM, TO));

    assertThat(evidence).isEmpty();
    assertThat(rows).isEmpty();
    assertThat(both).isEmpty();
  }
}
