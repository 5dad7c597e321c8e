package io.parallax.web.supervision;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.SignedOff;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionSession;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.analysis.SignalLevel;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.supervision.Caseload;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.ejb.supervision.SuperviseeCase;
import io.parallax.ejb.supervision.SuperviseeCases;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Deployments;
import io.parallax.web.api.InvalidFields;
import io.parallax.web.api.IsoDates;
import io.parallax.web.api.Page;
import io.parallax.web.api.Problem;
import io.parallax.web.api.SignedOffAssessments;
import io.parallax.web.api.Versions;
import io.parallax.web.assessment.ContractingAssessmentsResource;
import io.parallax.web.assessment.ContractingGrades;
import io.parallax.web.assessment.NewContractingAssessment;
import io.parallax.web.assessment.NewStageAssessment;
import io.parallax.web.assessment.Sharing;
import io.parallax.web.assessment.StageAssessmentsResource;
import io.parallax.web.assessment.StagePlacement;
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
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
 * The supervisor's side of Parallax through its boundary (services and REST resources, called
 * in-container as the test callers): the caseload on a fixed data set, records only of supervisees
 * assigned on the date and only in the caller's school, signed-off grades and stages that never
 * change (409 over REST), every bad field named with nothing stored, and a trainee who reads only
 * what was signed off and shared.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisorIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate FEB_2 = LocalDate.of(2026, 2, 2);
  private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar()).addClasses(CaseloadProbe.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB SchoolDefaults schoolDefaults;
  @EJB SupervisionSessions supervision;
  @EJB Assessments assessments;
  @EJB Caseload caseload;
  @EJB CaseloadProbe probe;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSol;
  @EJB AsTrainee asAda;
  @EJB AsOtherTrainee asBen;
  @Inject CaseloadResource caseloadResource;
  @Inject SupervisionSessionsResource sessionsResource;
  @Inject ContractingAssessmentsResource gradesResource;
  @Inject StageAssessmentsResource stagesResource;
  @Inject Validator validator;

  /**
   * Sol supervises Ada (from Jan 12, open), Ben (Jan 12 to Feb 10) and Dan (from Jan 12, open). Ada
   * is in the Autumn cohort, was supervised on Jan 19 and Feb 2, held client sessions on Jan 13,
   * Jan 20, Feb 3, Feb 20 and Mar 2 (and one deleted on Feb 4), was placed at IDM 1 on Jan 15
   * (signed off) and at 2 on Feb 10 (a draft). Dan held client sessions on Jan 10, Jan 12 and Feb 1
   * and was never supervised. Ben was supervised on Feb 5.
   */
  private record Fixture(School school, UUID dan) {
    UUID ada() {
      return school.ada().id();
    }

    UUID ben() {
      return school.ben().id();
    }
  }

  private Fixture arrange() throws Exception {
    School school = CallerSchools.create("svr", schools, members, asAdmin);
    in(school.id(), () -> run(schoolDefaults::seed));
    UUID dan = trainee(school, "Dan Trainee");
    UUID sol = school.supervisor().id();
    as(asAdmin, school, () -> members.assignSupervisor(sol, school.ada().id(), JAN_12, null));
    as(asAdmin, school, () -> members.assignSupervisor(sol, school.ben().id(), JAN_12, FEB_10));
    as(asAdmin, school, () -> members.assignSupervisor(sol, dan, JAN_12, null));
    Fixture f = new Fixture(school, dan);
    in(
        school.id(),
        () -> {
          probe.enrol(f.ada(), "Autumn cohort", JAN_12);
          for (LocalDate day : List.of(JAN_12.plusDays(1), JAN_12.plusDays(8), FEB_2.plusDays(1))) {
            probe.practice(f.ada(), day, false);
          }
          probe.practice(f.ada(), FEB_2.plusDays(2), true);
          probe.practice(f.ada(), FEB_2.plusDays(18), false);
          probe.practice(f.ada(), MAR_1.plusDays(1), false);
          for (LocalDate day : List.of(JAN_12.minusDays(2), JAN_12, FEB_2.minusDays(1))) {
            probe.practice(dan, day, false);
          }
          return null;
        });
    sol(f, () -> supervision.record(session(f.ada(), JAN_12.plusDays(7))));
    sol(f, () -> supervision.record(session(f.ada(), FEB_2)));
    sol(f, () -> supervision.record(session(f.ben(), FEB_2.plusDays(3))));
    StageAssessmentView first = sol(f, () -> stage(f.ada(), JAN_12.plusDays(3), "1"));
    sol(f, () -> assessments.signOff(first.id(), first.version()));
    sol(f, () -> stage(f.ada(), FEB_10, "2"));
    return f;
  }

  private UUID trainee(School school, String name) throws Exception {
    String subject = "t-" + UUID.randomUUID().toString().substring(0, 8);
    return as(
            asAdmin,
            school,
            () ->
                members.add(
                    subject,
                    name,
                    subject + "@" + school.id() + ".test",
                    Set.of(MemberRole.TRAINEE)))
        .id();
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }

  private <T> T sol(Fixture f, Callable<T> work) throws Exception {
    return as(asSol, f.school(), work);
  }

  private static SupervisionRecord session(UUID supervisee, LocalDate heldOn) {
    return new SupervisionRecord(
        supervisee,
        heldOn,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.all(ElementRating.PARTIAL),
        ProctorBalance.of(20, 50, 30),
        Set.of(DriftMarker.STORYTELLING),
        Set.of(SevenEyedMode.CLIENT),
        Set.of("CONTRACTING"),
        null,
        false,
        List.of(),
        "Private.");
  }

  /** A supervision session in which the supervisor saw the parallel process of rescuing. */
  private static SupervisionRecord observed(UUID supervisee, LocalDate heldOn) {
    return new SupervisionRecord(
        supervisee,
        heldOn,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.all(ElementRating.PARTIAL),
        ProctorBalance.of(20, 50, 30),
        Set.of(DriftMarker.STORYTELLING),
        Set.of(SevenEyedMode.CLIENT),
        Set.of("OVER_RESPONSIBILITY"),
        ParallelProcessObservation.of(
            "Rescues me as she rescues her clients.", ParallelProcessDirection.UPWARD, true),
        false,
        List.of(),
        "Private.");
  }

  private StageAssessmentView stage(UUID trainee, LocalDate on, String level) {
    return assessments.assessStage(
        trainee, on, DevelopmentDomain.CONTRACTING, level, 2, 4, 1, "Follows my lead.", null);
  }

  private ContractingAssessmentView grade(UUID trainee, LocalDate on) {
    return assessments.gradeContracting(trainee, on, 2, 3, 2, 4, List.of(), "Agree the outcome.");
  }

  private static void violates(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }

  private static void noSuchRecord(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NoSuchRecord.class);
  }

  private long count(Fixture f, Class<?> type) throws Exception {
    return in(f.school().id(), () -> probe.count(type));
  }

  @Test
  void theCaseloadShowsEachSuperviseeOnTheDateWithItsFigures() throws Exception {
    Fixture f = arrange();

    List<CaseloadEntry> onMar1 = sol(f, () -> caseload.on(MAR_1));
    List<CaseloadEntry> onFeb6 = sol(f, () -> caseload.on(FEB_2.plusDays(4)));
    Page<CaseloadEntry> firstPage = sol(f, () -> caseloadResource.list(MAR_1, 0, 1));

    assertThat(onMar1)
        .extracting(CaseloadEntry::traineeName)
        .containsExactly("Ada Trainee", "Dan Trainee");
    CaseloadEntry ada = onMar1.get(0);
    assertThat(ada.cohorts()).containsExactly("Autumn cohort");
    assertThat(ada.assignedFrom()).isEqualTo(JAN_12);
    assertThat(ada.assignedUntil()).isNull();
    assertThat(ada.lastSupervisionOn()).isEqualTo(FEB_2);
    assertThat(ada.sessionsLoggedSince()).isEqualTo(2);
    assertThat(ada.currentStage().level()).isEqualTo("1");
    assertThat(ada.currentStage().rank()).isEqualTo(1);
    assertThat(ada.currentStage().domain()).isEqualTo(DevelopmentDomain.CONTRACTING);
    assertThat(ada.parallelProcessSignal().level()).isEqualTo(SignalLevel.LIKELY);
    assertThat(ada.parallelProcessSignal().points()).isEqualTo(4);
    assertThat(ada.parallelProcessSignal().mirroredElements())
        .containsExactlyInAnyOrder(ContractingElement.values());
    CaseloadEntry dan = onMar1.get(1);
    assertThat(dan.cohorts()).isEmpty();
    assertThat(dan.lastSupervisionOn()).isNull();
    assertThat(dan.sessionsLoggedSince()).isEqualTo(2);
    assertThat(dan.currentStage()).isNull();
    assertThat(dan.parallelProcessSignal().enoughSessions()).isFalse();
    assertThat(dan.parallelProcessSignal().level()).isEqualTo(SignalLevel.NONE);
    assertThat(onFeb6)
        .extracting(CaseloadEntry::traineeName)
        .containsExactly("Ada Trainee", "Ben Trainee", "Dan Trainee");
    assertThat(onFeb6.get(1).lastSupervisionOn()).isEqualTo(FEB_2.plusDays(3));
    assertThat(onFeb6.get(1).sessionsLoggedSince()).isZero();
    assertThat(onFeb6.get(1).assignedUntil()).isEqualTo(FEB_10);
    assertThat(firstPage.total()).isEqualTo(2);
    assertThat(firstPage.items())
        .extracting(CaseloadEntry::traineeName)
        .containsExactly("Ada Trainee");
    assertThat((Throwable) catchThrowable(() -> sol(f, () -> caseloadResource.list(MAR_1, 0, 0))))
        .isInstanceOfSatisfying(
            Page.InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("size"));
    assertThatThrownBy(() -> new IsoDates.IsoDate("on").fromString("01/03/2026"))
        .isInstanceOfSatisfying(
            Page.InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("on"));
  }

  /**
   * Ada's client and supervision sessions are weak in every element (4 points); then she rescues
   * two clients with storytelling (Feb 11 and 12) and Sol records, on Feb 10, the parallel process
   * and OVER_RESPONSIBILITY with storytelling in supervision: mirrored drift, over-responsibility
   * in both places and the observation add 3 points. Ben, supervised on Feb 5 only, and Dan, never
   * supervised, have too few sessions to judge. Sol of another school, supervising that school's
   * Ada, sees none of it.
   */
  @Test
  void theCaseloadCarriesEachSuperviseesParallelProcessSignalOnlyInTheirSchool() throws Exception {
    Fixture f = arrange();
    School yours = CallerSchools.create("svr-b", schools, members, asAdmin);
    as(
        asAdmin,
        yours,
        () -> members.assignSupervisor(yours.supervisor().id(), yours.ada().id(), JAN_12, null));
    in(
        f.school().id(),
        () -> {
          probe.rescuing(f.ada(), FEB_10.plusDays(1));
          return probe.rescuing(f.ada(), FEB_10.plusDays(2));
        });
    sol(f, () -> supervision.record(observed(f.ada(), FEB_10)));

    List<CaseloadEntry> onMar1 = sol(f, () -> caseload.on(MAR_1));
    List<CaseloadEntry> onFeb6 = sol(f, () -> caseload.on(FEB_2.plusDays(4)));
    Page<CaseloadEntry> overRest = sol(f, () -> caseloadResource.list(MAR_1, 0, 20));
    List<CaseloadEntry> elsewhere = as(asSol, yours, () -> caseload.on(MAR_1));

    CaseloadEntry.Signal ada = onMar1.get(0).parallelProcessSignal();
    assertThat(ada.level()).isEqualTo(SignalLevel.LIKELY);
    assertThat(ada.points()).isEqualTo(7);
    assertThat(ada.enoughSessions()).isTrue();
    assertThat(ada.from()).isEqualTo(MAR_1.minusDays(89));
    assertThat(ada.to()).isEqualTo(MAR_1);
    assertThat(ada.mirroredElements()).containsExactlyInAnyOrder(ContractingElement.values());
    assertThat(ada.mirroredDrift()).containsExactly(DriftMarker.STORYTELLING);
    assertThat(ada.overResponsibility()).isTrue();
    assertThat(ada.observations()).isEqualTo(1);
    assertThat(overRest.items().get(0).parallelProcessSignal()).isEqualTo(ada);
    assertThat(onFeb6)
        .extracting(CaseloadEntry::traineeName, e -> e.parallelProcessSignal().level())
        .containsExactly(
            tuple("Ada Trainee", SignalLevel.LIKELY),
            tuple("Ben Trainee", SignalLevel.NONE),
            tuple("Dan Trainee", SignalLevel.NONE));
    assertThat(onFeb6.get(0).parallelProcessSignal().points()).isEqualTo(4);
    assertThat(onFeb6.get(1).parallelProcessSignal().enoughSessions()).isFalse();
    assertThat(onFeb6.get(1).parallelProcessSignal().supervisionSessions()).isEqualTo(1);
    assertThat(elsewhere).extracting(CaseloadEntry::traineeId).containsExactly(yours.ada().id());
    CaseloadEntry.Signal theirs = elsewhere.get(0).parallelProcessSignal();
    assertThat(theirs.level()).isEqualTo(SignalLevel.NONE);
    assertThat(theirs.enoughSessions()).isFalse();
    assertThat(theirs.points()).isZero();
    assertThat(theirs.observations()).isZero();
    assertThat(theirs.mirroredElements()).isEmpty();
  }

  @Test
  void aSupervisorNeitherReadsNorWritesOutsideTheirAssignments() throws Exception {
    Fixture f = arrange();
    UUID eve = trainee(f.school(), "Eve Trainee");
    UUID othersDraftOfAda =
        in(f.school().id(), () -> probe.stageByAnotherSupervisor(f.ada(), JAN_12, false));
    UUID othersSignedOfAda =
        in(f.school().id(), () -> probe.stageByAnotherSupervisor(f.ada(), JAN_12, true));
    UUID othersSignedOfEve =
        in(f.school().id(), () -> probe.stageByAnotherSupervisor(eve, JAN_12, true));
    long sessionsBefore = count(f, SupervisionSession.class);
    long gradesBefore = count(f, ContractingAssessment.class);
    LocalDate afterBen = FEB_10.plusDays(1);

    violates("heldOn", () -> sol(f, () -> supervision.record(session(f.ben(), afterBen))));
    violates("heldOn", () -> sol(f, () -> supervision.record(session(eve, FEB_2))));
    violates("assessedOn", () -> sol(f, () -> grade(f.ben(), afterBen)));
    violates("assessedOn", () -> sol(f, () -> stage(f.ben(), afterBen, "2")));
    violates("assessedOn", () -> sol(f, () -> grade(eve, FEB_2)));
    noSuchRecord(() -> sol(f, () -> supervision.ofSupervisee(f.ben(), afterBen, MAR_1)));
    noSuchRecord(() -> sol(f, () -> supervision.ofSupervisee(eve, JAN_12, MAR_1)));
    noSuchRecord(() -> sol(f, () -> sessionsResource.ofSupervisee(eve, JAN_12, MAR_1, 0, 20)));
    noSuchRecord(() -> sol(f, () -> supervision.casesOf(f.ben(), afterBen, MAR_1)));
    noSuchRecord(() -> sol(f, () -> supervision.casesOf(eve, JAN_12, MAR_1)));
    noSuchRecord(() -> sol(f, () -> assessments.read(othersDraftOfAda)));
    noSuchRecord(() -> sol(f, () -> stagesResource.read(othersSignedOfEve)));
    noSuchRecord(() -> sol(f, () -> assessments.ofTrainee(eve)));
    noSuchRecord(() -> sol(f, () -> assessments.signOff(othersDraftOfAda, 0)));

    assertThat(sol(f, () -> supervision.casesOf(f.ada(), JAN_12, FEB_10)))
        .extracting(SuperviseeCase::kind, SuperviseeCase::heldOn)
        .containsOnly(
            tuple(SuperviseeCase.Kind.CLIENT, null),
            tuple(SuperviseeCase.Kind.SESSION, FEB_2.plusDays(1)),
            tuple(SuperviseeCase.Kind.SESSION, JAN_12.plusDays(8)),
            tuple(SuperviseeCase.Kind.SESSION, JAN_12.plusDays(1)));
    SuperviseeCases latest =
        sol(f, () -> supervision.pickableCases(f.ada(), JAN_12, FEB_10, null, 1));
    assertThat(latest.more()).isTrue();
    assertThat(latest.cases())
        .filteredOn(c -> c.kind() == SuperviseeCase.Kind.SESSION)
        .extracting(SuperviseeCase::heldOn)
        .containsExactly(FEB_2.plusDays(1));
    assertThat(latest.cases())
        .filteredOn(c -> c.kind() == SuperviseeCase.Kind.SESSION)
        .allSatisfy(c -> assertThat(c.minutes()).isPositive());
    assertThat(sol(f, () -> supervision.pickableCases(f.ada(), JAN_12, FEB_10, "no such code", 50)))
        .isEqualTo(new SuperviseeCases(List.of(), false));
    String code = latest.cases().get(0).clientCode();
    assertThat(
            sol(f, () -> supervision.pickableCases(f.ada(), JAN_12, FEB_10, code.toLowerCase(), 50))
                .cases())
        .extracting(SuperviseeCase::clientCode)
        .containsOnly(code);
    violates(
        "limit", () -> sol(f, () -> supervision.pickableCases(f.ada(), JAN_12, FEB_10, null, 0)));
    assertThat(sol(f, () -> supervision.ofSupervisee(f.ben(), JAN_12, MAR_1)))
        .extracting(SupervisionSessionView::heldOn)
        .containsExactly(FEB_2.plusDays(3));
    assertThat(sol(f, () -> assessments.read(othersSignedOfAda).id())).isEqualTo(othersSignedOfAda);
    assertThat(sol(f, () -> assessments.ofTrainee(f.ada())))
        .extracting(AssessmentView::id)
        .contains(othersSignedOfAda)
        .doesNotContain(othersDraftOfAda);
    assertThat(count(f, SupervisionSession.class)).isEqualTo(sessionsBefore);
    assertThat(count(f, ContractingAssessment.class)).isEqualTo(gradesBefore);
  }

  @Test
  void anotherSchoolSeesNoneOfItAndWritesNothingToIt() throws Exception {
    Fixture f = arrange();
    School yours = CallerSchools.create("svr-b", schools, members, asAdmin);
    SupervisionSessionView recorded = sol(f, () -> supervision.record(session(f.ada(), FEB_10)));
    ContractingAssessmentView graded = sol(f, () -> grade(f.ada(), FEB_10));

    assertThat(as(asSol, yours, () -> caseload.on(MAR_1))).isEmpty();
    assertThat(as(asSol, yours, () -> caseloadResource.list(MAR_1, 0, 20).total())).isZero();
    noSuchRecord(() -> as(asSol, yours, () -> supervision.read(recorded.id())));
    noSuchRecord(() -> as(asSol, yours, () -> sessionsResource.read(recorded.id())));
    noSuchRecord(() -> as(asSol, yours, () -> assessments.read(graded.id())));
    noSuchRecord(() -> as(asSol, yours, () -> gradesResource.read(graded.id())));
    noSuchRecord(() -> as(asAdmin, yours, () -> assessments.ofTrainee(f.ada())));
    noSuchRecord(() -> as(asSol, yours, () -> assessments.signOff(graded.id(), graded.version())));
    noSuchRecord(() -> as(asSol, yours, () -> supervision.record(session(f.ada(), FEB_10))));
    noSuchRecord(() -> as(asSol, yours, () -> stage(f.ada(), FEB_10, "2")));

    assertThat(sol(f, () -> assessments.read(graded.id()).signedOffAt())).isNull();
    assertThat(in(yours.id(), () -> probe.count(SupervisionSession.class))).isZero();
    assertThat(in(yours.id(), () -> probe.count(ContractingAssessment.class))).isZero();
  }

  @Test
  void aSignedOffGradeNeverChangesAndRestAnswers409ThenACorrectionShowsWhatChanged()
      throws Exception {
    Fixture f = arrange();
    ContractingGrades grades =
        new ContractingGrades(new ContractingGrades.Grades(2, 3, 2, 4), List.of(), "First.");
    Response created =
        sol(f, () -> gradesResource.grade(new NewContractingAssessment(f.ada(), FEB_10, grades)));
    ContractingAssessmentView graded = (ContractingAssessmentView) created.getEntity();
    String etag = created.getEntityTag().getValue();

    Versions.VersionMismatch missing =
        catchThrowable(() -> sol(f, () -> gradesResource.signOff(graded.id(), null)));
    Versions.VersionMismatch stale =
        catchThrowable(() -> sol(f, () -> gradesResource.signOff(graded.id(), "\"99\"")));
    Response signed = sol(f, () -> gradesResource.signOff(graded.id(), "\"" + etag + "\""));
    String signedTag = signed.getEntityTag().getValue();
    SignedOff regrade =
        catchThrowable(
            () ->
                sol(
                    f,
                    () ->
                        gradesResource.regrade(
                            graded.id(),
                            signedTag,
                            new ContractingGrades(
                                new ContractingGrades.Grades(5, 5, 5, 5), List.of(), null))));
    SignedOff signAgain =
        catchThrowable(() -> sol(f, () -> gradesResource.signOff(graded.id(), signedTag)));
    Response problem = new SignedOffAssessments().toResponse(regrade);
    Response correction = sol(f, () -> gradesResource.correct(graded.id()));
    ContractingAssessmentView draft = (ContractingAssessmentView) correction.getEntity();
    Response revised =
        sol(
            f,
            () ->
                gradesResource.regrade(
                    draft.id(),
                    correction.getEntityTag().getValue(),
                    new ContractingGrades(
                        new ContractingGrades.Grades(3, 3, 2, 4), List.of(), "First.")));

    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(missing.status()).isEqualTo(Response.Status.PRECONDITION_REQUIRED);
    assertThat(stale.status()).isEqualTo(Response.Status.PRECONDITION_FAILED);
    assertThat(((AssessmentView) signed.getEntity()).signedOffAt()).isNotNull();
    assertThat(signAgain).isNotNull();
    assertThat(problem.getStatus()).isEqualTo(409);
    Problem body = (Problem) problem.getEntity();
    assertThat(body.field()).isEqualTo("signedOff");
    assertThat(body.detail()).contains("never changes").contains("new version");
    assertThat(sol(f, () -> ((ContractingAssessmentView) assessments.read(graded.id())).grades()))
        .containsEntry(ContractingElement.FOCUS, 2);
    assertThat(correction.getStatus()).isEqualTo(201);
    assertThat(draft.versionNumber()).isEqualTo(2);
    assertThat(draft.previousVersionId()).isEqualTo(graded.id());
    assertThat(((ContractingAssessmentView) revised.getEntity()).changes())
        .containsExactly("focusGrade");
  }

  @Test
  void aSignedOffStageNeverChangesAndIsCorrectedByANewVersion() throws Exception {
    Fixture f = arrange();
    StagePlacement placement =
        new StagePlacement(
            DevelopmentDomain.CONTRACTING, "2", 3, 3, 3, "Contracts, then loses it.", null);
    Response created =
        sol(f, () -> stagesResource.assess(new NewStageAssessment(f.ada(), FEB_10, placement)));
    StageAssessmentView stage = (StageAssessmentView) created.getEntity();
    Response signed =
        sol(f, () -> stagesResource.signOff(stage.id(), created.getEntityTag().getValue()));
    String signedTag = signed.getEntityTag().getValue();
    StagePlacement higher =
        new StagePlacement(DevelopmentDomain.CONTRACTING, "3", 4, 4, 4, "Stable now.", null);

    assertThatThrownBy(() -> sol(f, () -> stagesResource.reassess(stage.id(), signedTag, higher)))
        .isInstanceOf(SignedOff.class);
    Response correction = sol(f, () -> stagesResource.correct(stage.id()));
    StageAssessmentView draft = (StageAssessmentView) correction.getEntity();
    Response revised =
        sol(
            f,
            () ->
                stagesResource.reassess(draft.id(), correction.getEntityTag().getValue(), higher));
    noSuchRecord(() -> sol(f, () -> gradesResource.read(stage.id())));

    assertThat(((StageAssessmentView) sol(f, () -> assessments.read(stage.id()))).level())
        .isEqualTo("2");
    assertThat(((StageAssessmentView) revised.getEntity()).changes())
        .containsExactly("level", "subScores", "rationale");
    assertThat(sol(f, () -> stagesResource.scale().levels())).containsExactly("1", "2", "3", "3i");
  }

  @Test
  void badSupervisionInputIsNamedFieldByFieldAndStoresNothing() throws Exception {
    Fixture f = arrange();
    long before = count(f, SupervisionSession.class);
    SupervisionSessionRequest allBad =
        new SupervisionSessionRequest(
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            new SupervisionSessionRequest.ParallelProcess(" ", null, false),
            false,
            null,
            "x".repeat(4001),
            null);
    Response problem =
        new InvalidFields()
            .toResponse(new ConstraintViolationException(validator.validate(allBad)));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(((Problem) problem.getEntity()).errors())
        .extracting(Problem.FieldError::field)
        .containsExactlyInAnyOrder(
            "superviseeId",
            "heldOn",
            "minutes",
            "format",
            "contracting",
            "proctorBalance",
            "dynamic",
            "direction");
    SupervisionSessionRequest good = request(f.ada(), FEB_10, 20, 50, 30, Set.of(), List.of());
    assertThat(validator.validate(good)).isEmpty();
    violates(
        "proctorBalance",
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(f.ada(), FEB_10, 20, 50, 20, Set.of(), List.of()))));
    violates(
        "heldOn",
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(f.ada(), JAN_12.minusDays(1), 20, 50, 30, Set.of(), List.of()))));
    violates(
        "coreIssues",
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(f.ada(), FEB_10, 20, 50, 30, Set.of("ASTROLOGY"), List.of()))));
    violates(
        "coreIssues",
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(f.ada(), FEB_10, 20, 50, 30, Set.of(" "), List.of()))));
    violates(
        "casesDiscussed",
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(
                            f.ada(), FEB_10, 20, 50, 30, Set.of(), List.of(UUID.randomUUID())))));
    noSuchRecord(
        () ->
            sol(
                f,
                () ->
                    sessionsResource.record(
                        request(UUID.randomUUID(), FEB_10, 20, 50, 30, Set.of(), List.of()))));
    SupervisionRecord valid = session(f.ada(), FEB_10);
    violates("minutes", () -> sol(f, () -> supervision.record(withMinutes(valid, 601))));
    violates("format", () -> sol(f, () -> supervision.record(withFormat(valid))));
    violates("ratings", () -> sol(f, () -> supervision.record(withRatings(valid))));
    violates("notes", () -> sol(f, () -> supervision.record(withNotes(valid, "x".repeat(4001)))));
    violates(
        "heldOn",
        () -> sol(f, () -> supervision.record(withHeldOn(valid, LocalDate.now().plusDays(3)))));
    assertThat(count(f, SupervisionSession.class)).isEqualTo(before);

    Response recorded = sol(f, () -> sessionsResource.record(good));
    assertThat(recorded.getStatus()).isEqualTo(201);
    assertThat(((SupervisionSessionView) recorded.getEntity()).parallelProcess().direction())
        .isEqualTo(ParallelProcessDirection.UPWARD);
    assertThat(count(f, SupervisionSession.class)).isEqualTo(before + 1);
  }

  @Test
  void badGradeAndStageInputIsNamedFieldByFieldAndStoresNothing() throws Exception {
    Fixture f = arrange();
    long grades = count(f, ContractingAssessment.class);
    long stages = count(f, StageAssessment.class);
    NewContractingAssessment badGrade =
        new NewContractingAssessment(
            null,
            null,
            new ContractingGrades(
                new ContractingGrades.Grades(0, 6, 0, 9), null, "x".repeat(2001)));
    NewStageAssessment badStage =
        new NewStageAssessment(
            f.ada(), FEB_10, new StagePlacement(null, " ", 0, 6, 0, " ", "x".repeat(1001)));

    assertThat(fields(badGrade))
        .containsExactlyInAnyOrder(
            "traineeId", "assessedOn", "focus", "outcome", "approach", "participation");
    assertThat(fields(badStage))
        .containsExactlyInAnyOrder(
            "domain", "level", "awareness", "motivation", "autonomy", "rationale");
    violates(
        "focusGrade",
        () -> sol(f, () -> assessments.gradeContracting(f.ada(), FEB_10, 0, 3, 3, 3, null, null)));
    violates(
        "outcomeGrade",
        () -> sol(f, () -> assessments.gradeContracting(f.ada(), FEB_10, 3, 6, 3, 3, null, null)));
    violates(
        "approachGrade",
        () -> sol(f, () -> assessments.gradeContracting(f.ada(), FEB_10, 3, 3, 0, 3, null, null)));
    violates(
        "participationGrade",
        () -> sol(f, () -> assessments.gradeContracting(f.ada(), FEB_10, 3, 3, 3, 6, null, null)));
    violates(
        "evidenceSessions",
        () ->
            sol(
                f,
                () ->
                    assessments.gradeContracting(
                        f.ada(), FEB_10, 3, 3, 3, 3, List.of(UUID.randomUUID()), null)));
    violates(
        "comment",
        () ->
            sol(
                f,
                () ->
                    assessments.gradeContracting(
                        f.ada(), FEB_10, 3, 3, 3, 3, null, "x".repeat(2001))));
    violates(
        "assessedOn",
        () ->
            sol(
                f,
                () ->
                    assessments.gradeContracting(
                        f.ada(), LocalDate.now().plusDays(3), 3, 3, 3, 3, null, null)));
    violates(
        "assessedOn",
        () -> sol(f, () -> assessments.gradeContracting(f.ada(), null, 3, 3, 3, 3, null, null)));
    noSuchRecord(
        () -> sol(f, () -> assessments.gradeContracting(null, FEB_10, 3, 3, 3, 3, null, null)));
    violates(
        "domain",
        () ->
            sol(
                f,
                () -> assessments.assessStage(f.ada(), FEB_10, null, "1", 3, 3, 3, "Why.", null)));
    violates(
        "level",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(),
                        FEB_10,
                        DevelopmentDomain.CONTRACTING,
                        "4",
                        3,
                        3,
                        3,
                        "Why.",
                        null)));
    violates(
        "awareness",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(),
                        FEB_10,
                        DevelopmentDomain.CONTRACTING,
                        "1",
                        0,
                        3,
                        3,
                        "Why.",
                        null)));
    violates(
        "motivation",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(),
                        FEB_10,
                        DevelopmentDomain.CONTRACTING,
                        "1",
                        3,
                        6,
                        3,
                        "Why.",
                        null)));
    violates(
        "autonomy",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(),
                        FEB_10,
                        DevelopmentDomain.CONTRACTING,
                        "1",
                        3,
                        3,
                        0,
                        "Why.",
                        null)));
    violates(
        "rationale",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(), FEB_10, DevelopmentDomain.CONTRACTING, "1", 3, 3, 3, " ", null)));
    violates(
        "suggestedStance",
        () ->
            sol(
                f,
                () ->
                    assessments.assessStage(
                        f.ada(),
                        FEB_10,
                        DevelopmentDomain.CONTRACTING,
                        "1",
                        3,
                        3,
                        3,
                        "Why.",
                        "x".repeat(1001))));

    assertThat(count(f, ContractingAssessment.class)).isEqualTo(grades);
    assertThat(count(f, StageAssessment.class)).isEqualTo(stages);
  }

  @Test
  void aTraineeReadsOnlyWhatWasSignedOffAndSharedEvenWhenSharingFollowsTheSignOff()
      throws Exception {
    Fixture f = arrange();
    ContractingAssessmentView sharedThenSigned = sol(f, () -> grade(f.ada(), FEB_10));
    ContractingAssessmentView signedOnly = sol(f, () -> grade(f.ada(), FEB_10));
    ContractingAssessmentView sharedNotSigned = sol(f, () -> grade(f.ada(), FEB_10));
    ContractingAssessmentView signedThenShared = sol(f, () -> grade(f.ada(), FEB_10));
    ContractingAssessmentView sharedThenWithdrawn = sol(f, () -> grade(f.ada(), FEB_10));
    AssessmentView a =
        sol(f, () -> assessments.share(sharedThenSigned.id(), sharedThenSigned.version()));
    sol(f, () -> assessments.signOff(a.id(), a.version()));
    sol(f, () -> assessments.signOff(signedOnly.id(), signedOnly.version()));
    sol(f, () -> assessments.share(sharedNotSigned.id(), sharedNotSigned.version()));
    AssessmentView d =
        sol(f, () -> assessments.signOff(signedThenShared.id(), signedThenShared.version()));
    Response sharedAfter =
        sol(
            f,
            () ->
                gradesResource.share(
                    d.id(), Versions.etag(d.version()).getValue(), new Sharing(true)));
    AssessmentView e =
        sol(f, () -> assessments.share(sharedThenWithdrawn.id(), sharedThenWithdrawn.version()));
    AssessmentView eSigned = sol(f, () -> assessments.signOff(e.id(), e.version()));
    sol(f, () -> assessments.shareWithTrainee(e.id(), eSigned.version(), false));

    List<AssessmentView> adaSees = as(asAda, f.school(), assessments::sharedWithMe);

    AssessmentView afterSharing = (AssessmentView) sharedAfter.getEntity();
    assertThat(afterSharing.sharedWithTrainee()).isTrue();
    assertThat(afterSharing.versionNumber()).isEqualTo(1);
    assertThat(adaSees)
        .extracting(AssessmentView::id)
        .containsExactlyInAnyOrder(sharedThenSigned.id(), signedThenShared.id());
    assertThat(adaSees).allSatisfy(v -> assertThat(v.signedOffAt()).isNotNull());
    assertThat(as(asAda, f.school(), () -> assessments.read(sharedThenSigned.id()).id()))
        .isEqualTo(sharedThenSigned.id());
    noSuchRecord(() -> as(asAda, f.school(), () -> assessments.read(signedOnly.id())));
    noSuchRecord(() -> as(asAda, f.school(), () -> assessments.read(sharedNotSigned.id())));
    noSuchRecord(() -> as(asAda, f.school(), () -> assessments.read(sharedThenWithdrawn.id())));
    noSuchRecord(() -> as(asBen, f.school(), () -> assessments.read(sharedThenSigned.id())));
    assertThat(as(asBen, f.school(), assessments::sharedWithMe)).isEmpty();
  }

  @Test
  void onlyASupervisorReadsACaseloadOrCasesAndSwitchesSharing() throws Exception {
    Fixture f = arrange();
    UUID id = UUID.randomUUID();

    for (Object notSupervisor : List.of(asAdmin, asAda)) {
      CallerSchools.refusedAccess(() -> as(notSupervisor, f.school(), () -> caseload.on(MAR_1)));
      CallerSchools.refusedAccess(
          () -> as(notSupervisor, f.school(), () -> supervision.casesOf(id, JAN_12, MAR_1)));
      CallerSchools.refusedAccess(
          () -> as(notSupervisor, f.school(), () -> assessments.shareWithTrainee(id, 0, true)));
    }
    assertThat(as(asAdmin, f.school(), () -> assessments.defaultScaleLevels().suggestedStances()))
        .hasSize(4);
  }

  @Test
  @RunAsClient
  void theApiIsDocumentedAndRefusesBadParametersAndAnonymousCallersOverHttp() throws Exception {
    TestSchool school = TestSchool.onboard("sv");
    Api supervisor = school.as(school.supervisor());
    HttpResponse<String> openApi = http("GET", "openapi", null);
    HttpResponse<String> badDate = supervisor.get("api/v1/caseload?on=01/03/2026").response();
    HttpResponse<String> badEnum =
        supervisor
            .send("POST", "api/v1/supervision-sessions", "{\"format\":\"NOPE\"}", null)
            .response();
    HttpResponse<String> anonymous = http("GET", "api/v1/caseload", null);

    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body())
        .contains("/api/v1/caseload")
        .contains("/api/v1/supervision-sessions/{id}")
        .contains("/api/v1/contracting-assessments/{id}/sign-off")
        .contains("/api/v1/stage-assessments/{id}/corrections");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("\"field\":\"on\"");
    assertThat(badEnum.statusCode()).isEqualTo(400);
    assertThat(badEnum.body()).contains("'NOPE' is not a value of SupervisionFormat");
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> http(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Deployments.baseUrl().toURI().resolve(path));
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<String> fields(Object request) {
    Response problem =
        new InvalidFields()
            .toResponse(new ConstraintViolationException(validator.validate(request)));
    return ((Problem) problem.getEntity())
        .errors().stream().map(Problem.FieldError::field).toList();
  }

  private static SupervisionSessionRequest request(
      UUID supervisee,
      LocalDate heldOn,
      int normative,
      int formative,
      int restorative,
      Set<String> coreIssues,
      List<UUID> cases) {
    return new SupervisionSessionRequest(
        supervisee,
        heldOn,
        60,
        SupervisionFormat.GROUP,
        new SupervisionSessionRequest.Contracting(
            ElementRating.CLEAR, ElementRating.PARTIAL, ElementRating.ABSENT, ElementRating.CLEAR),
        Set.of(DriftMarker.CIRCLING),
        Set.of(SevenEyedMode.PARALLEL_PROCESS),
        new SupervisionSessionRequest.Proctor(normative, formative, restorative),
        coreIssues,
        new SupervisionSessionRequest.ParallelProcess(
            "Rescues me as she rescues her client", ParallelProcessDirection.UPWARD, true),
        true,
        cases,
        "Confidential.",
        null);
  }

  private static SupervisionRecord withMinutes(SupervisionRecord r, int minutes) {
    return new SupervisionRecord(
        r.superviseeId(),
        r.heldOn(),
        minutes,
        r.format(),
        r.ratings(),
        r.proctorBalance(),
        r.driftMarkers(),
        r.sevenEyedModes(),
        r.coreIssues(),
        r.parallelProcess(),
        r.modelledContracting(),
        r.casesDiscussed(),
        r.notes());
  }

  private static SupervisionRecord withFormat(SupervisionRecord r) {
    return new SupervisionRecord(
        r.superviseeId(),
        r.heldOn(),
        r.minutes(),
        null,
        r.ratings(),
        r.proctorBalance(),
        r.driftMarkers(),
        r.sevenEyedModes(),
        r.coreIssues(),
        r.parallelProcess(),
        r.modelledContracting(),
        r.casesDiscussed(),
        r.notes());
  }

  private static SupervisionRecord withRatings(SupervisionRecord r) {
    return new SupervisionRecord(
        r.superviseeId(),
        r.heldOn(),
        r.minutes(),
        r.format(),
        null,
        r.proctorBalance(),
        r.driftMarkers(),
        r.sevenEyedModes(),
        r.coreIssues(),
        r.parallelProcess(),
        r.modelledContracting(),
        r.casesDiscussed(),
        r.notes());
  }

  private static SupervisionRecord withNotes(SupervisionRecord r, String notes) {
    return new SupervisionRecord(
        r.superviseeId(),
        r.heldOn(),
        r.minutes(),
        r.format(),
        r.ratings(),
        r.proctorBalance(),
        r.driftMarkers(),
        r.sevenEyedModes(),
        r.coreIssues(),
        r.parallelProcess(),
        r.modelledContracting(),
        r.casesDiscussed(),
        notes);
  }

  private static SupervisionRecord withHeldOn(SupervisionRecord r, LocalDate heldOn) {
    return new SupervisionRecord(
        r.superviseeId(),
        heldOn,
        r.minutes(),
        r.format(),
        r.ratings(),
        r.proctorBalance(),
        r.driftMarkers(),
        r.sevenEyedModes(),
        r.coreIssues(),
        r.parallelProcess(),
        r.modelledContracting(),
        r.casesDiscussed(),
        r.notes());
  }

  /**
   * What the call threw, unwrapped from the EJBException the test caller's container wraps a
   * REST-layer exception (not an application exception) in.
   */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E catchThrowable(ThrowingCallable call) {
    try {
      call.call();
    } catch (Throwable e) {
      Throwable thrown = e;
      while (thrown instanceof EJBException && thrown.getCause() != null) {
        thrown = thrown.getCause();
      }
      return (E) thrown;
    }
    throw new AssertionError("expected a refusal, the call succeeded");
  }
}
