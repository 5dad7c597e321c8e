package io.parallax.web.services;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static io.parallax.web.services.SessionEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.school.Members;
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
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision sessions and assessments as their callers meet them: a supervisor records and
 * assesses only the trainees assigned to them, the notes stay with their author (each read
 * audited), a signed-off assessment never changes, a trainee reads only what was shared with them.
 * Each school starts with the core-issue taxonomy and the IDM scale, as onboarding gives them
 * ({@link SchoolDefaults}).
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionServicesIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate ASSIGNMENT_ENDS = JAN_12.plusDays(60);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar())
        .addClasses(AuditProbe.class, SessionEntries.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB PracticeSessions practice;
  @EJB SupervisionSessions supervision;
  @EJB Assessments assessments;
  @EJB AuditProbe auditProbe;
  @EJB SchoolDefaults schoolDefaults;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSupervisor;
  @EJB AsTrainee asTrainee;
  @EJB AsOtherTrainee asOtherTrainee;

  private School newSchoolWithCallers() throws Exception {
    return CallerSchools.create("sup", schools, members, asAdmin);
  }

  /**
   * The school, with its taxonomy, Sol supervising Ada from Jan 12 for 60 days (not Ben), and one
   * client and client session each of Ada and Ben.
   */
  private record Supervised(
      School school, UUID adaClient, UUID adaSession, UUID benClient, UUID benSession) {}

  private Supervised newSupervisedSchool() throws Exception {
    School school = newSchoolWithCallers();
    in(
        school.id(),
        () -> {
          schoolDefaults.seed();
          return null;
        });
    as(
        asAdmin,
        school,
        () ->
            members.assignSupervisor(
                school.supervisor().id(), school.ada().id(), JAN_12, ASSIGNMENT_ENDS));
    UUID adaClient =
        as(asTrainee, school, () -> practice.addClient("C-1", PaymentBasis.PAID, false));
    UUID benClient =
        as(asOtherTrainee, school, () -> practice.addClient("C-2", PaymentBasis.PAID, false));
    return new Supervised(
        school,
        adaClient,
        as(asTrainee, school, () -> logSession(adaClient)),
        benClient,
        as(asOtherTrainee, school, () -> logSession(benClient)));
  }

  private UUID logSession(UUID client) {
    return practice
        .log(entry(client, JAN_12, 50, ContractingRatings.all(ElementRating.PARTIAL), 60, null))
        .id();
  }

  private static void violates(String field, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }

  private static SupervisionRecord session(
      UUID supervisee, LocalDate heldOn, Set<String> coreIssues, List<UUID> cases, String notes) {
    return new SupervisionRecord(
        supervisee,
        heldOn,
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.of(
            ElementRating.CLEAR, ElementRating.CLEAR, ElementRating.PARTIAL, ElementRating.ABSENT),
        ProctorBalance.of(30, 50, 20),
        Set.of(DriftMarker.STORYTELLING),
        Set.of(SevenEyedMode.CLIENT, SevenEyedMode.PARALLEL_PROCESS),
        coreIssues,
        ParallelProcessObservation.of(
            "The coach rescues me as she rescues her client",
            ParallelProcessDirection.UPWARD,
            true),
        true,
        cases,
        notes);
  }

  private SupervisionSessionView solRecordsForAda(Supervised s, String notes) throws Exception {
    return as(
        asSupervisor,
        s.school(),
        () ->
            supervision.record(
                session(
                    s.school().ada().id(),
                    JAN_12.plusDays(7),
                    Set.of("OVER_RESPONSIBILITY", "CONTRACTING"),
                    List.of(s.adaClient(), s.adaSession()),
                    notes)));
  }

  private ContractingAssessmentView solGradesAda(Supervised s) throws Exception {
    return as(
        asSupervisor,
        s.school(),
        () ->
            assessments.gradeContracting(
                s.school().ada().id(),
                JAN_12.plusDays(14),
                2,
                3,
                2,
                4,
                List.of(s.adaSession()),
                "Agree the outcome before you start."));
  }

  @Test
  void aSupervisorRecordsASessionForAnAssignedSuperviseeAndListsItWithoutNotes() throws Exception {
    Supervised s = newSupervisedSchool();

    SupervisionSessionView recorded = solRecordsForAda(s, "She rescues me too.");
    List<SupervisionSessionView> listed =
        as(
            asSupervisor,
            s.school(),
            () -> supervision.ofSupervisee(s.school().ada().id(), JAN_12, ASSIGNMENT_ENDS));

    assertThat(recorded.superviseeId()).isEqualTo(s.school().ada().id());
    assertThat(recorded.coreIssues()).containsExactly("CONTRACTING", "OVER_RESPONSIBILITY");
    assertThat(recorded.casesDiscussed()).containsExactly(s.adaClient(), s.adaSession());
    assertThat(recorded.score()).isEqualTo(62.5);
    assertThat(recorded.parallelProcess().direction()).isEqualTo(ParallelProcessDirection.UPWARD);
    assertThat(recorded.notes()).isEqualTo("She rescues me too.");
    assertThat(listed).extracting(SupervisionSessionView::id).containsExactly(recorded.id());
    assertThat(listed.get(0).notes()).isNull();
    assertThat(as(asAdmin, s.school(), () -> auditProbe.count(recorded.id(), AuditAction.CREATE)))
        .isEqualTo(1);
    assertThat(as(asAdmin, s.school(), () -> auditProbe.count(recorded.id(), AuditAction.READ)))
        .isZero();
  }

  @Test
  void aSupervisorRecordsNothingOutsideTheAssignmentOrForAnUnassignedTrainee() throws Exception {
    Supervised s = newSupervisedSchool();
    UUID ada = s.school().ada().id();
    UUID ben = s.school().ben().id();

    violates(
        "heldOn",
        () ->
            as(
                asSupervisor,
                s.school(),
                () -> supervision.record(session(ada, JAN_12.minusDays(1), Set.of(), null, null))));
    violates(
        "heldOn",
        () ->
            as(
                asSupervisor,
                s.school(),
                () -> supervision.record(session(ben, JAN_12, Set.of(), null, null))));
    assertThatThrownBy(
            () ->
                as(
                    asSupervisor,
                    s.school(),
                    () ->
                        supervision.record(
                            session(UUID.randomUUID(), JAN_12, Set.of(), null, null))))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                as(
                    asSupervisor,
                    s.school(),
                    () -> supervision.ofSupervisee(ben, JAN_12, ASSIGNMENT_ENDS)))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(
            as(
                asSupervisor,
                s.school(),
                () -> supervision.ofSupervisee(ada, JAN_12, ASSIGNMENT_ENDS)))
        .isEmpty();
  }

  @Test
  void casesOfAnotherTraineeAndCoreIssuesOutsideTheTaxonomyAreRefused() throws Exception {
    Supervised s = newSupervisedSchool();
    UUID ada = s.school().ada().id();

    violates(
        "casesDiscussed",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    supervision.record(
                        session(
                            ada, JAN_12, Set.of(), List.of(s.adaClient(), s.benClient()), null))));
    violates(
        "casesDiscussed",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    supervision.record(
                        session(ada, JAN_12, Set.of(), List.of(s.benSession()), null))));
    violates(
        "coreIssues",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    supervision.record(
                        session(ada, JAN_12, Set.of("CONTRACTING", "ASTROLOGY"), null, null))));
    assertThat(
            as(
                asSupervisor,
                s.school(),
                () -> supervision.ofSupervisee(ada, JAN_12, ASSIGNMENT_ENDS)))
        .isEmpty();
  }

  @Test
  void onlyTheAuthorReadsTheNotesAndEachOfTheirReadsIsAuditedOnce() throws Exception {
    Supervised s = newSupervisedSchool();
    SupervisionSessionView recorded = solRecordsForAda(s, "Confidential.");

    SupervisionSessionView byAuthor =
        as(asSupervisor, s.school(), () -> supervision.read(recorded.id()));
    long readsByAuthor =
        as(asAdmin, s.school(), () -> auditProbe.count(recorded.id(), AuditAction.READ));
    SupervisionSessionView bySupervisee =
        as(asTrainee, s.school(), () -> supervision.read(recorded.id()));
    SupervisionSessionView byAdmin = as(asAdmin, s.school(), () -> supervision.read(recorded.id()));

    assertThat(byAuthor.notes()).isEqualTo("Confidential.");
    assertThat(readsByAuthor).isEqualTo(1);
    assertThat(bySupervisee.notes()).isNull();
    assertThat(bySupervisee.coreIssues()).contains("OVER_RESPONSIBILITY");
    assertThat(byAdmin.notes()).isNull();
    assertThat(as(asAdmin, s.school(), () -> auditProbe.count(recorded.id(), AuditAction.READ)))
        .isEqualTo(1);
    assertThatThrownBy(() -> as(asOtherTrainee, s.school(), () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void anotherSchoolNeitherReadsSessionsNorAssessments() throws Exception {
    Supervised mine = newSupervisedSchool();
    School yours = newSchoolWithCallers();
    SupervisionSessionView recorded = solRecordsForAda(mine, "Private.");
    ContractingAssessmentView graded = solGradesAda(mine);

    assertThatThrownBy(() -> as(asAdmin, yours, () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asSupervisor, yours, () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () -> as(asAdmin, yours, () -> assessments.ofTrainee(mine.school().ada().id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asSupervisor, yours, () -> assessments.signOff(graded.id(), 0)))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(as(asAdmin, mine.school(), () -> auditProbe.count(recorded.id(), AuditAction.READ)))
        .isZero();
  }

  @Test
  void aTraineeNeitherRecordsSessionsNorAssesses() throws Exception {
    Supervised s = newSupervisedSchool();
    UUID ada = s.school().ada().id();

    refusedAccess(
        () ->
            as(
                asTrainee,
                s.school(),
                () -> supervision.record(session(ada, JAN_12, Set.of(), null, null))));
    refusedAccess(
        () ->
            as(
                asTrainee,
                s.school(),
                () -> assessments.gradeContracting(ada, JAN_12, 3, 3, 3, 3, null, null)));
    refusedAccess(() -> as(asTrainee, s.school(), () -> assessments.ofTrainee(ada)));
    refusedAccess(() -> as(asSupervisor, s.school(), assessments::sharedWithMe));
  }

  @Test
  void aSupervisorGradesOnlyAssignedTraineesOnTheirOwnSessions() throws Exception {
    Supervised s = newSupervisedSchool();

    violates(
        "assessedOn",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    assessments.gradeContracting(
                        s.school().ben().id(), JAN_12, 3, 3, 3, 3, null, null)));
    violates(
        "evidenceSessions",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    assessments.gradeContracting(
                        s.school().ada().id(), JAN_12, 3, 3, 3, 3, List.of(s.benSession()), null)));
    ContractingAssessmentView graded = solGradesAda(s);

    assertThat(graded.grades())
        .containsEntry(ContractingElement.FOCUS, 2)
        .containsEntry(ContractingElement.PARTICIPATION, 4);
    assertThat(graded.evidenceSessions()).containsExactly(s.adaSession());
    assertThat(as(asSupervisor, s.school(), () -> assessments.ofTrainee(s.school().ada().id())))
        .extracting(AssessmentView::id)
        .containsExactly(graded.id());
    assertThat(as(asAdmin, s.school(), () -> assessments.ofTrainee(s.school().ada().id())))
        .extracting(AssessmentView::id)
        .containsExactly(graded.id());
    assertThatThrownBy(
            () -> as(asSupervisor, s.school(), () -> assessments.ofTrainee(s.school().ben().id())))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void aSignedOffAssessmentNeverChangesAndIsCorrectedByALinkedVersion() throws Exception {
    Supervised s = newSupervisedSchool();
    ContractingAssessmentView graded = solGradesAda(s);

    AssessmentView signed =
        as(asSupervisor, s.school(), () -> assessments.signOff(graded.id(), graded.version()));
    violates(
        "signedOff",
        () ->
            as(asSupervisor, s.school(), () -> assessments.signOff(graded.id(), signed.version())));
    violates(
        "signedOff",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    assessments.regradeContracting(
                        graded.id(), signed.version(), 5, 5, 5, 5, null, null)));
    AssessmentView corrected = as(asSupervisor, s.school(), () -> assessments.correct(graded.id()));
    ContractingAssessmentView regraded =
        as(
            asSupervisor,
            s.school(),
            () ->
                assessments.regradeContracting(
                    corrected.id(),
                    corrected.version(),
                    3,
                    3,
                    2,
                    4,
                    List.of(s.adaSession()),
                    null));

    assertThat(signed.signedOffAt()).isNotNull();
    assertThat(corrected.versionNumber()).isEqualTo(2);
    assertThat(corrected.previousVersionId()).isEqualTo(graded.id());
    assertThat(corrected.signedOffAt()).isNull();
    assertThat(regraded.changes()).containsExactly("focusGrade", "comment");
    violates("version", () -> as(asSupervisor, s.school(), () -> assessments.correct(graded.id())));
    assertThat(as(asAdmin, s.school(), () -> assessments.ofTrainee(s.school().ada().id())))
        .extracting(AssessmentView::id)
        .containsExactly(corrected.id());
    List<AssessmentView> versions =
        as(asSupervisor, s.school(), () -> assessments.versionsOf(regraded.id()));
    assertThat(versions)
        .extracting(AssessmentView::versionNumber, AssessmentView::id)
        .containsExactly(tuple(1, graded.id()), tuple(2, corrected.id()));
    // the database keeps microseconds
    assertThat(versions.get(0).signedOffAt())
        .isCloseTo(signed.signedOffAt(), within(1, java.time.temporal.ChronoUnit.MILLIS));
    assertThat(versions.get(1).changes()).containsExactly("focusGrade", "comment");
    // the trainee never reads the unsigned correction, nor its history
    assertThatThrownBy(() -> as(asTrainee, s.school(), () -> assessments.versionsOf(regraded.id())))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void aTraineeReadsOnlyWhatWasSignedOffAndSharedWithThem() throws Exception {
    Supervised s = newSupervisedSchool();
    ContractingAssessmentView shared = solGradesAda(s);
    ContractingAssessmentView unshared = solGradesAda(s);
    ContractingAssessmentView notSigned = solGradesAda(s);
    AssessmentView sharing =
        as(asSupervisor, s.school(), () -> assessments.share(shared.id(), shared.version()));
    as(asSupervisor, s.school(), () -> assessments.signOff(shared.id(), sharing.version()));
    as(asSupervisor, s.school(), () -> assessments.signOff(unshared.id(), unshared.version()));
    as(asSupervisor, s.school(), () -> assessments.share(notSigned.id(), notSigned.version()));

    List<AssessmentView> adaSees = as(asTrainee, s.school(), assessments::sharedWithMe);
    as(asSupervisor, s.school(), () -> assessments.correct(shared.id()));
    List<AssessmentView> whileCorrecting = as(asTrainee, s.school(), assessments::sharedWithMe);

    assertThat(adaSees).extracting(AssessmentView::id).containsExactly(shared.id());
    assertThat(whileCorrecting).extracting(AssessmentView::id).containsExactly(shared.id());
    assertThat(as(asOtherTrainee, s.school(), assessments::sharedWithMe)).isEmpty();
  }

  @Test
  void aStaleVersionIsAConcurrentEdit() throws Exception {
    Supervised s = newSupervisedSchool();
    ContractingAssessmentView graded = solGradesAda(s);
    as(asSupervisor, s.school(), () -> assessments.share(graded.id(), graded.version()));

    assertThatThrownBy(
            () ->
                as(
                    asSupervisor,
                    s.school(),
                    () -> assessments.signOff(graded.id(), graded.version())))
        .isInstanceOf(ConcurrentEdit.class);
    assertThat(as(asAdmin, s.school(), () -> assessments.ofTrainee(s.school().ada().id())))
        .singleElement()
        .satisfies(a -> assertThat(a.signedOffAt()).isNull());
  }

  @Test
  void aStageIsAssessedOnTheSchoolsDefaultIdmScale() throws Exception {
    Supervised s = newSupervisedSchool();
    UUID ada = s.school().ada().id();

    StageAssessmentView first =
        as(
            asSupervisor,
            s.school(),
            () ->
                assessments.assessStage(
                    ada,
                    JAN_12,
                    DevelopmentDomain.CONTRACTING,
                    "1",
                    2,
                    4,
                    1,
                    "Anxious, follows my lead.",
                    "Structure and encouragement."));
    StageAssessmentView second =
        as(
            asSupervisor,
            s.school(),
            () ->
                assessments.assessStage(
                    ada,
                    JAN_12.plusDays(30),
                    DevelopmentDomain.CONTRACTING,
                    "2",
                    3,
                    3,
                    3,
                    "Contracts, then loses it.",
                    null));
    violates(
        "level",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    assessments.assessStage(
                        ada, JAN_12, DevelopmentDomain.ETHICS, "4", 3, 3, 3, "Beyond.", null)));
    violates(
        "assessedOn",
        () ->
            as(
                asSupervisor,
                s.school(),
                () ->
                    assessments.assessStage(
                        s.school().ben().id(),
                        JAN_12,
                        DevelopmentDomain.ETHICS,
                        "1",
                        3,
                        3,
                        3,
                        "Not mine.",
                        null)));

    assertThat(first.scale()).isEqualTo("Integrated Developmental Model");
    assertThat(first.rank()).isEqualTo(1);
    assertThat(second.rank()).isEqualTo(2);
    assertThat(second.scale()).isEqualTo(first.scale());
    assertThat(as(asAdmin, s.school(), () -> assessments.ofTrainee(ada)))
        .extracting(AssessmentView::id)
        .containsExactly(second.id(), first.id());
  }
}
