package io.parallax.ejb.analysis;

import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.Examples;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.ScaleKind;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A withdrawn trainee in the cohort analysis, and a school that switched its developmental scale,
 * on the embedded database (H2). Tia and Ben are in the Winter cohort from January 1; each logs a
 * client session on January 5, 20 and February 3. Tia withdraws on January 20: her sessions up to
 * and including that day still count, the one after does not, and she leaves the cohort's headcount
 * from January 21 on. The school assessed on IDM in January, then switched to EMCC.
 */
class WithdrawalAndScalesH2Test {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate ENDED = LocalDate.of(2026, 1, 20);
  private static final LocalDate TO = LocalDate.of(2026, 2, 28);

  private H2Schools db;
  private UUID cohort;
  private UUID tia;
  private UUID ben;
  private UUID tiasEnrolment;

  @BeforeEach
  void arrange() throws Exception {
    db = H2Schools.open();
    db.inSchool("mine", this::school);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Void school(EntityManager em) {
    Program program = persist(em, Examples.program());
    Cohort winter = persist(em, new Cohort(program, "Winter", FROM, null));
    Person supervisor = persist(em, Examples.supervisor("Sue Supervisor"));
    Person tiaTrainee = trainee(em, winter, "Tia Trainee");
    Person benTrainee = trainee(em, winter, "Ben Trainee");
    cohort = winter.id();
    tia = tiaTrainee.id();
    ben = benTrainee.id();
    tiasEnrolment =
        em.createNamedQuery(Enrolment.OF_COHORT_AND_TRAINEE, Enrolment.class)
            .setParameter("cohort", winter)
            .setParameter("trainee", tiaTrainee)
            .getSingleResult()
            .id();
    DevelopmentalScale idm = persist(em, DevelopmentalScale.idm());
    SupervisorAssignment forBen =
        persist(em, new SupervisorAssignment(supervisor, benTrainee, FROM, null));
    stage(em, forBen, idm, LocalDate.of(2026, 1, 10), "1");
    return null;
  }

  private Person trainee(EntityManager em, Cohort winter, String name) {
    Person trainee = persist(em, Examples.trainee(name));
    trainee.initialTrainingEnded(LocalDate.of(2025, 11, 1));
    persist(em, new Enrolment(winter, trainee, FROM));
    Client client =
        persist(em, new Client(trainee, "C-" + name.charAt(0), PaymentBasis.PAID, false));
    for (LocalDate day : List.of(LocalDate.of(2026, 1, 5), ENDED, LocalDate.of(2026, 2, 3))) {
      em.persist(
          new PracticeSession(
              trainee, client, day, 50, ContractingRatings.of(CLEAR, CLEAR, PARTIAL, CLEAR), 40));
    }
    return trainee;
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

  private <T> T analysed(Function<CohortAnalysis, T> query) throws Exception {
    return db.inSchool(
        "mine", em -> query.apply(new CohortAnalysis(em, AnalysisSettings.defaults())));
  }

  private <T> T tallied(Function<SessionTallies, T> query) throws Exception {
    return db.inSchool("mine", em -> query.apply(new SessionTallies(em)));
  }

  private void withdrawTia() throws Exception {
    db.inSchool(
        "mine",
        em -> {
          em.find(Enrolment.class, tiasEnrolment).withdraw(ENDED, "Moved abroad");
          return null;
        });
  }

  private long clientSessions(ReportScope scope, LocalDate to) throws Exception {
    return tallied(q -> q.trendRows(SessionKind.CLIENT, scope, ReportPeriod.MONTH, FROM, to))
        .stream()
        .mapToLong(row -> row.tally().sessions())
        .sum();
  }

  @Test
  void aWithdrawnTraineeCountsUntilTheEndDateOnly() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(cohort);
    long untilEndBefore = clientSessions(scope, ENDED);
    long allBefore = clientSessions(scope, TO);
    Map<UUID, TraineeEvidence> evidenceBefore = tallied(q -> q.evidence(scope, FROM, TO));

    withdrawTia();

    assertThat(untilEndBefore).isEqualTo(4);
    assertThat(clientSessions(scope, ENDED)).isEqualTo(untilEndBefore);
    assertThat(allBefore).isEqualTo(6);
    assertThat(clientSessions(scope, TO)).isEqualTo(5);
    Map<UUID, TraineeEvidence> evidence = tallied(q -> q.evidence(scope, FROM, TO));
    assertThat(evidenceBefore.get(tia).client().sessions()).isEqualTo(3);
    assertThat(evidence.get(tia).client().sessions()).isEqualTo(2);
    assertThat(evidence.get(ben).client().sessions()).isEqualTo(3);
  }

  @Test
  void theHeadcountDropsTheDayAfterTheEndDate() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(cohort);

    withdrawTia();

    Map<UUID, String> onTheEndDate = analysed(a -> a.trainees(scope, ENDED));
    Map<UUID, String> theDayAfter = analysed(a -> a.trainees(scope, ENDED.plusDays(1)));
    long headcountOnTheEndDate = analysed(a -> a.rollup(scope, "Winter", ENDED).trainees());
    long headcountTheDayAfter =
        analysed(a -> a.rollup(scope, "Winter", ENDED.plusDays(1)).trainees());

    assertThat(onTheEndDate).containsOnlyKeys(tia, ben);
    assertThat(theDayAfter).containsOnlyKeys(ben);
    assertThat(headcountOnTheEndDate).isEqualTo(2);
    assertThat(headcountTheDayAfter).isEqualTo(1);
  }

  @Test
  void aTraineesOwnDrillDownStillShowsEverySession() throws Exception {
    withdrawTia();

    Map<UUID, TraineeEvidence> own = tallied(q -> q.evidence(ReportScope.trainee(tia), FROM, TO));

    assertThat(own.get(tia).client().sessions()).isEqualTo(3);
  }

  @Test
  void stagesAreGroupedByTheScaleEachAssessmentWasMadeOn() throws Exception {
    ReportScope scope = ReportScope.wholeCohort(cohort);
    db.inSchool(
        "mine",
        em -> {
          List<DevelopmentalScale> scales =
              em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class).getResultList();
          scales.forEach(DevelopmentalScale::noLongerSchoolDefault);
          DevelopmentalScale emcc = DevelopmentalScale.emcc();
          emcc.makeSchoolDefault();
          em.persist(emcc);
          SupervisorAssignment forBen =
              em.createQuery("select a from SupervisorAssignment a", SupervisorAssignment.class)
                  .getSingleResult();
          stage(em, forBen, emcc, LocalDate.of(2026, 2, 1), "PRACTITIONER");
          return null;
        });

    List<ScaleStages> byScale = analysed(a -> a.stagesByScale(scope, TO));
    StageProgression onDefault = analysed(a -> a.stages(scope, TO));
    TraineeReport drillDown = analysed(a -> a.trainee(ben, "Ben Trainee", TO));

    assertThat(byScale)
        .extracting(ScaleStages::kind)
        .containsExactly(ScaleKind.EMCC, ScaleKind.IDM);
    assertThat(byScale.get(0).schoolDefault()).isTrue();
    assertThat(byScale.get(0).progression().distribution())
        .containsEntry("PRACTITIONER", 1L)
        .containsEntry(CohortTrends.UNASSESSED, 1L);
    assertThat(byScale.get(1).progression().distribution())
        .containsEntry("1", 1L)
        .containsOnlyKeys("1", "2", "3", "3i", CohortTrends.UNASSESSED);
    assertThat(onDefault.levels())
        .containsExactly(
            "FOUNDATION", "PRACTITIONER", "SENIOR_PRACTITIONER", "MASTER_PRACTITIONER");
    assertThat(drillDown.stages())
        .extracting(TraineeReport.Step::level, TraineeReport.Step::scale)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "Integrated Developmental Model"),
            org.assertj.core.groups.Tuple.tuple("PRACTITIONER", "EMCC competence levels"));
  }
}
