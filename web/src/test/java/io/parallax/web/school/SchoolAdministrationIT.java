package io.parallax.web.school;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale.Level;
import io.parallax.domain.assessment.ScaleKind;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.EnrolmentStatus;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.analysis.CohortReports;
import io.parallax.ejb.analysis.ScaleStages;
import io.parallax.ejb.analysis.TraineeReport;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.CoreIssueTypes;
import io.parallax.ejb.school.DevelopmentalScales;
import io.parallax.ejb.school.EnrolmentSummary;
import io.parallax.ejb.school.Enrolments;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.ProgramSummary;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsOtherTrainee;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.TestSchool;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The school running itself (issue 18, items 2 and 3) through its boundary on PostgreSQL inside
 * Payara Micro: a withdrawal from a cohort, archived programs and cohorts restored, the school's
 * developmental scale switched (old and new assessments in one report) and its core-issue taxonomy
 * extended, renamed and retired. Each change is the school admin's alone (supervisors and trainees
 * are refused) and reaches nothing of another school; bad input names its field. The last test does
 * the same over HTTP with real tokens: 403, 404 and 400 problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolAdministrationIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar());
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB SchoolDefaults schoolDefaults;
  @EJB Programs programs;
  @EJB Cohorts cohorts;
  @EJB Enrolments enrolments;
  @EJB DevelopmentalScales scales;
  @EJB CoreIssueTypes coreIssues;
  @EJB Assessments assessments;
  @EJB SupervisionSessions supervision;
  @EJB CohortReports reports;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSol;
  @EJB AsTrainee asAda;
  @EJB AsOtherTrainee asBen;

  /** A school with a program, the Winter cohort from Jan 12, Ada and Ben enrolled, Sol for Ada. */
  private record Fixture(School school, UUID program, UUID cohort, UUID adasEnrolment) {}

  private Fixture arrange(String prefix) throws Exception {
    School school = CallerSchools.create(prefix, schools, members, asAdmin);
    in(school.id(), () -> run(schoolDefaults::seed));
    UUID program = admin(school, () -> programs.open("Diploma", null));
    UUID cohort = admin(school, () -> cohorts.open(program, "Winter", JAN_12, null)).id();
    UUID enrolment = admin(school, () -> members.enrol(cohort, school.ada().id(), JAN_12));
    admin(school, () -> members.enrol(cohort, school.ben().id(), JAN_12));
    admin(
        school,
        () -> members.assignSupervisor(school.supervisor().id(), school.ada().id(), JAN_12, null));
    return new Fixture(school, program, cohort, enrolment);
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }

  private <T> T admin(School school, Callable<T> work) throws Exception {
    return as(asAdmin, school, work);
  }

  private <T> T sol(School school, Callable<T> work) throws Exception {
    return as(asSol, school, work);
  }

  private static void violates(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }

  private static void noSuchRecord(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NoSuchRecord.class);
  }

  private EnrolmentSummary enrolment(Fixture f) throws Exception {
    return admin(f.school(), () -> members.enrolment(f.adasEnrolment()));
  }

  @Test
  void theSchoolAdminRecordsAWithdrawalWithinTheEnrolmentAndTheSchoolsToday() throws Exception {
    Fixture f = arrange("wd");
    Fixture other = arrange("wd2");
    long version = enrolment(f).version();
    LocalDate today = LocalDate.now();

    refusedAccess(
        () ->
            as(
                asAda,
                f.school(),
                () -> enrolments.withdraw(f.adasEnrolment(), version, today, "Moved")));
    refusedAccess(
        () ->
            sol(f.school(), () -> enrolments.withdraw(f.adasEnrolment(), version, today, "Moved")));
    noSuchRecord(
        () ->
            admin(
                other.school(),
                () -> enrolments.withdraw(f.adasEnrolment(), version, today, "Moved")));
    violates(
        "endedOn",
        () ->
            admin(
                f.school(),
                () -> enrolments.withdraw(f.adasEnrolment(), version, today.plusDays(2), "Moved")));
    violates(
        "endedOn",
        () ->
            admin(
                f.school(),
                () ->
                    enrolments.withdraw(f.adasEnrolment(), version, JAN_12.minusDays(1), "Moved")));
    violates(
        "endedOn",
        () ->
            admin(
                f.school(), () -> enrolments.withdraw(f.adasEnrolment(), version, null, "Moved")));
    violates(
        "reason",
        () ->
            admin(f.school(), () -> enrolments.withdraw(f.adasEnrolment(), version, JAN_12, " ")));
    assertThat(enrolment(f).status()).isEqualTo(EnrolmentStatus.ENROLLED);

    EnrolmentSummary withdrawn =
        admin(
            f.school(),
            () ->
                enrolments.withdraw(
                    f.adasEnrolment(), version, JAN_12.plusDays(30), " Moved abroad "));

    assertThat(withdrawn.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    assertThat(enrolment(f).endedOn()).isEqualTo(JAN_12.plusDays(30));
    assertThat(enrolment(f).endReason()).isEqualTo("Moved abroad");
    violates(
        "endedOn",
        () ->
            admin(
                f.school(),
                () ->
                    enrolments.withdraw(
                        f.adasEnrolment(), withdrawn.version(), JAN_12.plusDays(31), "Again")));
    assertThat(enrolment(other).status()).isEqualTo(EnrolmentStatus.ENROLLED);
  }

  @Test
  void archivedProgramsAndCohortsAreRestoredByTheSchoolAdminOnly() throws Exception {
    Fixture f = arrange("rs");
    Fixture other = arrange("rs2");
    ProgramSummary program = admin(f.school(), () -> programs.read(f.program()));
    CohortSummary cohort = admin(f.school(), () -> cohorts.read(f.cohort()));
    ProgramSummary archivedProgram =
        admin(f.school(), () -> programs.archive(program.id(), program.version()));
    CohortSummary archivedCohort =
        admin(f.school(), () -> cohorts.archive(cohort.id(), cohort.version()));

    violates(
        "program",
        () -> admin(f.school(), () -> cohorts.restore(cohort.id(), archivedCohort.version())));
    refusedAccess(
        () -> sol(f.school(), () -> programs.restore(program.id(), archivedProgram.version())));
    refusedAccess(
        () -> as(asAda, f.school(), () -> cohorts.restore(cohort.id(), archivedCohort.version())));
    noSuchRecord(
        () ->
            admin(other.school(), () -> programs.restore(program.id(), archivedProgram.version())));
    noSuchRecord(
        () -> admin(other.school(), () -> cohorts.restore(cohort.id(), archivedCohort.version())));

    ProgramSummary restoredProgram =
        admin(f.school(), () -> programs.restore(program.id(), archivedProgram.version()));
    CohortSummary restoredCohort =
        admin(f.school(), () -> cohorts.restore(cohort.id(), archivedCohort.version()));

    assertThat(restoredProgram.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(restoredCohort.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(admin(f.school(), () -> cohorts.read(cohort.id())).status())
        .isEqualTo(CohortStatus.OPEN);
  }

  private StageAssessmentView signedStage(School school, LocalDate on, String level)
      throws Exception {
    StageAssessmentView stage =
        sol(
            school,
            () ->
                assessments.assessStage(
                    school.ada().id(),
                    on,
                    DevelopmentDomain.CONTRACTING,
                    level,
                    2,
                    3,
                    2,
                    "Seen in sessions.",
                    null));
    sol(school, () -> assessments.signOff(stage.id(), stage.version()));
    return stage;
  }

  @Test
  void aScaleSwitchKeepsOldAssessmentsOnTheirScaleAndReportsGroupByScale() throws Exception {
    Fixture f = arrange("sc");
    Fixture other = arrange("sc2");
    StageAssessmentView onIdm = signedStage(f.school(), JAN_12.plusDays(10), "2");

    refusedAccess(() -> sol(f.school(), () -> scales.makeDefault("ICF")));
    refusedAccess(() -> as(asBen, f.school(), () -> scales.makeDefault("ICF")));
    violates("kind", () -> admin(f.school(), () -> scales.makeDefault("GOLD")));
    violates("kind", () -> admin(f.school(), () -> scales.makeDefault("CUSTOM")));
    admin(f.school(), () -> scales.makeDefault("ICF"));
    StageAssessmentView onIcf = signedStage(f.school(), JAN_12.plusDays(40), "PCC");

    assertThat(sol(f.school(), () -> assessments.defaultScaleLevels()).levels())
        .containsExactly("ACC", "PCC", "MCC");
    assertThat(sol(other.school(), () -> assessments.defaultScaleLevels()).levels())
        .containsExactly("1", "2", "3", "3i");
    assertThat(((StageAssessmentView) sol(f.school(), () -> assessments.read(onIdm.id()))).scale())
        .isEqualTo("Integrated Developmental Model");
    assertThat(((StageAssessmentView) sol(f.school(), () -> assessments.read(onIcf.id()))).scale())
        .isEqualTo("ICF credentials");
    violates(
        "level",
        () ->
            sol(
                f.school(),
                () ->
                    assessments.assessStage(
                        f.school().ada().id(),
                        JAN_12.plusDays(41),
                        DevelopmentDomain.CONTRACTING,
                        "3i",
                        2,
                        3,
                        2,
                        "Old level.",
                        null)));

    List<ScaleStages> byScale = admin(f.school(), () -> reports.stagesByScale(f.cohort()));
    TraineeReport drillDown = admin(f.school(), () -> reports.trainee(f.school().ada().id(), null));

    assertThat(byScale).extracting(ScaleStages::kind).containsExactly(ScaleKind.ICF, ScaleKind.IDM);
    assertThat(byScale.get(0).progression().distribution())
        .containsEntry("PCC", 1L)
        .containsEntry("unassessed", 1L);
    assertThat(byScale.get(1).progression().distribution()).containsEntry("2", 1L);
    assertThat(drillDown.stages())
        .extracting(TraineeReport.Step::level, TraineeReport.Step::scale)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2", "Integrated Developmental Model"),
            org.assertj.core.groups.Tuple.tuple("PCC", "ICF credentials"));
    assertThat(admin(other.school(), () -> reports.stagesByScale(other.cohort())))
        .extracting(ScaleStages::kind)
        .containsExactly(ScaleKind.IDM);
    noSuchRecord(() -> admin(other.school(), () -> reports.stagesByScale(f.cohort())));
  }

  @Test
  void aSchoolDefinesItsOwnScaleAndSupervisorsAssessOnIt() throws Exception {
    Fixture f = arrange("own");
    Fixture other = arrange("own2");
    List<Level> levels =
        List.of(
            new Level("Novice", "Follows the model step by step."),
            new Level("Skilled", "Adapts the model to the client."),
            new Level("Expert", "Works beyond the model."));

    refusedAccess(() -> sol(f.school(), () -> scales.define("Ours", levels)));
    violates("levels", () -> admin(f.school(), () -> scales.define("Ours", levels.subList(0, 1))));
    violates(
        "levels[1].description",
        () ->
            admin(
                f.school(),
                () -> scales.define("Ours", List.of(levels.get(0), new Level("Two", "")))));
    DevelopmentalScales.ScaleSummary ours =
        admin(f.school(), () -> scales.define("Our own scale", levels));
    noSuchRecord(() -> admin(other.school(), () -> scales.makeDefault(ours.id())));

    assertThat(ours.schoolDefault()).isTrue();
    assertThat(ours.levels())
        .extracting(DevelopmentalScales.LevelView::code)
        .containsExactly("Novice", "Skilled", "Expert");
    assertThat(ours.levels().get(1).description()).isEqualTo("Adapts the model to the client.");
    assertThat(sol(f.school(), () -> assessments.defaultScaleLevels()).levels())
        .containsExactly("Novice", "Skilled", "Expert");
    assertThat(signedStage(f.school(), JAN_12.plusDays(5), "Skilled").level()).isEqualTo("Skilled");
    assertThat(as(asAda, f.school(), () -> scales.list()))
        .extracting(DevelopmentalScales.ScaleSummary::name)
        .contains("Our own scale");
    assertThat(admin(other.school(), () -> scales.list()))
        .extracting(DevelopmentalScales.ScaleSummary::name)
        .doesNotContain("Our own scale");
  }

  private static SupervisionRecord session(
      UUID supervisee, LocalDate heldOn, Set<String> coreIssues) {
    return new SupervisionRecord(
        supervisee,
        heldOn,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.all(ElementRating.PARTIAL),
        ProctorBalance.of(20, 50, 30),
        Set.of(),
        Set.of(),
        coreIssues,
        null,
        false,
        List.of(),
        null);
  }

  @Test
  void theTaxonomyGrowsIsRenamedAndRetiredButNeverLosesAUsedKind() throws Exception {
    Fixture f = arrange("tx");
    Fixture other = arrange("tx2");

    refusedAccess(
        () ->
            sol(
                f.school(),
                () -> run(() -> coreIssues.add("PERFECTIONISM", "Perfectionism", null))));
    refusedAccess(() -> as(asAda, f.school(), () -> coreIssues.retire("ETHICS")));
    violates(
        "code",
        () ->
            admin(
                f.school(),
                () -> run(() -> coreIssues.add("perfection ism", "Perfectionism", null))));
    admin(f.school(), () -> run(() -> coreIssues.add("PERFECTIONISM", "Perfectionism", null)));
    admin(f.school(), () -> run(() -> coreIssues.add("SCOPE_CREEP", "Scope creep", null)));
    violates("label", () -> admin(f.school(), () -> coreIssues.rename("PERFECTIONISM", " ", null)));
    admin(
        f.school(),
        () ->
            coreIssues.rename(
                "PERFECTIONISM", "Striving for perfection", "High standards in the way."));
    SupervisionSessionView old =
        sol(
            f.school(),
            () ->
                supervision.record(
                    session(f.school().ada().id(), JAN_12.plusDays(3), Set.of("PERFECTIONISM"))));

    CoreIssueTypes.Kind retired = admin(f.school(), () -> coreIssues.retire("PERFECTIONISM"));
    violates(
        "coreIssues",
        () ->
            sol(
                f.school(),
                () ->
                    supervision.record(
                        session(
                            f.school().ada().id(), JAN_12.plusDays(4), Set.of("PERFECTIONISM")))));
    violates("code", () -> admin(f.school(), () -> run(() -> coreIssues.delete("PERFECTIONISM"))));
    violates("code", () -> admin(f.school(), () -> run(() -> coreIssues.delete("ETHICS"))));
    noSuchRecord(() -> admin(other.school(), () -> coreIssues.retire("SCOPE_CREEP")));
    noSuchRecord(() -> admin(other.school(), () -> run(() -> coreIssues.delete("SCOPE_CREEP"))));
    admin(f.school(), () -> run(() -> coreIssues.delete("SCOPE_CREEP")));

    assertThat(retired.retired()).isTrue();
    assertThat(retired.label()).isEqualTo("Striving for perfection");
    assertThat(sol(f.school(), () -> coreIssues.offered()))
        .extracting(CoreIssueTypes.Kind::code)
        .doesNotContain("PERFECTIONISM", "SCOPE_CREEP")
        .contains("ETHICS");
    assertThat(sol(f.school(), () -> coreIssues.list()))
        .extracting(CoreIssueTypes.Kind::code)
        .contains("PERFECTIONISM")
        .doesNotContain("SCOPE_CREEP");
    assertThat(sol(f.school(), () -> supervision.read(old.id())).coreIssues())
        .containsExactly("PERFECTIONISM");
    assertThat(admin(other.school(), () -> coreIssues.list()))
        .extracting(CoreIssueTypes.Kind::code)
        .doesNotContain("PERFECTIONISM");
    admin(f.school(), () -> coreIssues.reinstate("PERFECTIONISM"));
    assertThat(
            sol(
                    f.school(),
                    () ->
                        supervision.record(
                            session(
                                f.school().ada().id(),
                                JAN_12.plusDays(5),
                                Set.of("PERFECTIONISM"))))
                .coreIssues())
        .containsExactly("PERFECTIONISM");
  }

  @Test
  @RunAsClient
  void overHttpOnlyTheSchoolAdminChangesAndBadInputIsAProblemNamingTheField() throws Exception {
    TestSchool school = TestSchool.onboard("sa");
    TestSchool elsewhere = TestSchool.onboard("sa2");
    school.withCohort("Spring", LocalDate.now().minusDays(20));
    Api admin = school.as(school.admin());
    JsonNode enrolment = admin.get("api/v1/enrolments?size=5").json().get("items").get(0);
    String id = enrolment.get("id").asText();
    Api.Answer read = admin.get("api/v1/enrolments/" + id);
    String etag = read.etag();
    Map<String, String> withdrawal =
        Map.of("endedOn", LocalDate.now().toString(), "reason", "Moved abroad");

    Api.Answer byTrainee =
        school
            .as(school.trainee())
            .post("api/v1/enrolments/" + id + "/withdrawal", withdrawal, etag);
    Api.Answer bySupervisor =
        school
            .as(school.supervisor())
            .post("api/v1/enrolments/" + id + "/withdrawal", withdrawal, etag);
    Api.Answer fromElsewhere =
        elsewhere
            .as(elsewhere.admin())
            .post("api/v1/enrolments/" + id + "/withdrawal", withdrawal, etag);
    Api.Answer future =
        admin.post(
            "api/v1/enrolments/" + id + "/withdrawal",
            Map.of("endedOn", LocalDate.now().plusDays(3).toString(), "reason", "Moved"),
            etag);
    Api.Answer noReason =
        admin.send(
            "POST",
            "api/v1/enrolments/" + id + "/withdrawal",
            "{\"endedOn\":\"" + LocalDate.now() + "\"}",
            etag);
    Api.Answer done = admin.post("api/v1/enrolments/" + id + "/withdrawal", withdrawal, etag);
    Api.Answer badKind = admin.post("api/v1/scales/default", Map.of("kind", "GOLD"));
    Api.Answer emcc = admin.post("api/v1/scales/default", Map.of("kind", "EMCC"));
    Api.Answer supervisorPicks =
        school.as(school.supervisor()).post("api/v1/scales/default", Map.of("kind", "ICF"));
    Api.Answer added =
        admin.post(
            "api/v1/core-issue-types", Map.of("code", "PERFECTIONISM", "label", "Perfectionism"));
    Api.Answer retired = admin.post("api/v1/core-issue-types/PERFECTIONISM/retire", null);
    Api.Answer retiredElsewhere =
        elsewhere.as(elsewhere.admin()).post("api/v1/core-issue-types/PERFECTIONISM/retire", null);
    Api.Answer traineeAdds =
        school
            .as(school.trainee())
            .post("api/v1/core-issue-types", Map.of("code", "X_Y", "label", "X"));

    assertThat(read.status()).isEqualTo(200);
    assertThat(byTrainee.status()).isEqualTo(403);
    assertThat(bySupervisor.status()).isEqualTo(403);
    assertThat(fromElsewhere.status()).isEqualTo(404);
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.contentType()).startsWith("application/problem+json");
    assertThat(future.json().get("field").asText()).isEqualTo("endedOn");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.toString()).contains("reason");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().get("field").asText()).isEqualTo("kind");
    assertThat(emcc.status()).isEqualTo(200);
    assertThat(emcc.json().get("kind").asText()).isEqualTo("EMCC");
    assertThat(supervisorPicks.status()).isEqualTo(403);
    assertThat(added.status()).isEqualTo(201);
    assertThat(retired.status()).isEqualTo(200);
    assertThat(retired.json().get("retired").asBoolean()).isTrue();
    assertThat(retiredElsewhere.status()).isEqualTo(404);
    assertThat(traineeAdds.status()).isEqualTo(403);
  }
}
