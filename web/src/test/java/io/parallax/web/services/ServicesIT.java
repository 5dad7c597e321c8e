package io.parallax.web.services;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static io.parallax.web.callers.CallerSchools.refusedWithAccessError;
import static io.parallax.web.services.SessionEntries.entry;
import static io.parallax.web.services.SessionEntries.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.practice.ClientView;
import io.parallax.ejb.practice.EngagementContractView;
import io.parallax.ejb.practice.EngagementContracts;
import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.school.AssignmentSummary;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.CoreIssueTypes;
import io.parallax.ejb.school.EnrolmentSummary;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.ProgramSummary;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.security.NotAMember;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsOtherTrainee;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerProbe;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services as their callers meet them: callers established through the container (test
 * {@code @RunAs} beans with mapped principals), role checks and row-level rules, per school.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar())
        .addClasses(AuditProbe.class, SessionEntries.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB SupervisionSessions supervision;
  @EJB Assessments assessments;
  @EJB EngagementContracts contracts;
  @EJB SchoolDefaults defaults;
  @EJB CoreIssueTypes coreIssues;
  @EJB Programs programs;
  @EJB Cohorts cohorts;
  @EJB CallerProbe callerProbe;
  @EJB PracticeSessions sessions;
  @EJB AuditProbe auditProbe;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSupervisor;
  @EJB AsTrainee asTrainee;
  @EJB AsOtherTrainee asOtherTrainee;

  private School newSchoolWithCallers() throws Exception {
    return CallerSchools.create("svc", schools, members, asAdmin);
  }

  @Test
  void callersReachTheServicesAsThemselvesWithTheirRoles() throws Exception {
    assertThat(asTrainee.call(callerProbe::whoAmIAsTrainee)).isEqualTo("ada-trainee:true");
    refusedAccess(() -> asTrainee.call(callerProbe::whoAmIAsSupervisor));
  }

  @Test
  void onlyASchoolAdminAddsMembers() throws Exception {
    School school = newSchoolWithCallers();

    refusedAccess(
        () ->
            in(
                school.id(),
                () ->
                    asTrainee.call(
                        () -> members.add("x", "Xavier", "x@x.test", Set.of(MemberRole.TRAINEE)))));
    refusedAccess(() -> in(school.id(), () -> asSupervisor.call(members::list)));

    assertThat(in(school.id(), () -> asAdmin.call(members::list)))
        .extracting(MemberSummary::displayName)
        .containsExactly("Ada Trainee", "Alex Admin", "Ben Trainee", "Sol Supervisor");
  }

  @Test
  void onlyASchoolAdminOpensProgramsAndCohorts() throws Exception {
    School school = newSchoolWithCallers();

    refusedAccess(() -> in(school.id(), () -> asTrainee.call(() -> programs.open("Mine", null))));
    refusedAccess(
        () -> in(school.id(), () -> asSupervisor.call(() -> programs.open("Mine", null))));
    UUID program = in(school.id(), () -> asAdmin.call(() -> programs.open("ICF Level 2", null)));
    refusedAccess(
        () ->
            in(
                school.id(),
                () -> asTrainee.call(() -> cohorts.open(program, "Spring", JAN_12, null))));

    CohortSummary opened =
        in(school.id(), () -> asAdmin.call(() -> cohorts.open(program, "Spring", JAN_12, null)));
    assertThat(opened.program()).isEqualTo("ICF Level 2");
    refusedAccess(
        () ->
            in(
                school.id(),
                () -> asTrainee.call(() -> cohorts.rename(opened.id(), opened.version(), "X"))));
  }

  @Test
  void aSchoolAdminPagesFiltersAndSortsMembersInTheDatabase() throws Exception {
    School school = newSchoolWithCallers();
    as(asAdmin, school, () -> members.deactivate(school.ben().id(), school.ben().version()));

    Slice<MemberSummary> secondPage = as(asAdmin, school, () -> members.page(Listing.rows(2, 2)));
    Slice<MemberSummary> trainees =
        as(asAdmin, school, () -> members.page(Listing.rows(0, 10).where("role", "TRAINEE")));
    Slice<MemberSummary> named =
        as(asAdmin, school, () -> members.page(Listing.rows(0, 10).where("name", "sol S")));
    Slice<MemberSummary> inactive =
        as(asAdmin, school, () -> members.page(Listing.rows(0, 10).where("status", "DEACTIVATED")));
    Slice<MemberSummary> byNameDescending =
        as(asAdmin, school, () -> members.page(Listing.rows(0, 10).sortedBy("name", true)));

    assertThat(secondPage.total()).isEqualTo(4);
    assertThat(secondPage.items())
        .extracting(MemberSummary::displayName)
        .containsExactly("Ben Trainee", "Sol Supervisor");
    assertThat(trainees.items())
        .extracting(MemberSummary::displayName)
        .containsExactly("Ada Trainee", "Ben Trainee");
    assertThat(named.items())
        .extracting(MemberSummary::displayName)
        .containsExactly("Sol Supervisor");
    assertThat(inactive.items()).extracting(MemberSummary::id).containsExactly(school.ben().id());
    assertThat(byNameDescending.items())
        .extracting(MemberSummary::displayName)
        .containsExactly("Sol Supervisor", "Ben Trainee", "Alex Admin", "Ada Trainee");
    refusedAccess(() -> as(asSupervisor, school, () -> members.page(Listing.rows(0, 10))));
    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    school,
                    () -> members.page(Listing.rows(0, 10).sortedBy("subject", false))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Sort by one of: name, email, status.");
  }

  @Test
  void programsCohortsAssignmentsAndEnrolmentsPageFilterAndSortInTheDatabase() throws Exception {
    School school = newSchoolWithCallers();
    LocalDate sep1 = LocalDate.of(2026, 9, 1);
    UUID icf = as(asAdmin, school, () -> programs.open("ICF Level 2", null));
    UUID emcc = as(asAdmin, school, () -> programs.open("EMCC Practitioner", "Senior track"));
    CohortSummary spring = as(asAdmin, school, () -> cohorts.open(icf, "Spring", JAN_12, null));
    CohortSummary autumn = as(asAdmin, school, () -> cohorts.open(icf, "Autumn", sep1, null));
    CohortSummary emccSpring =
        as(asAdmin, school, () -> cohorts.open(emcc, "EMCC Spring", JAN_12.plusDays(1), null));
    as(asAdmin, school, () -> programs.archive(emcc, programs.read(emcc).version()));
    as(asAdmin, school, () -> cohorts.archive(autumn.id(), autumn.version()));
    as(
        asAdmin,
        school,
        () -> members.assignSupervisor(school.supervisor().id(), school.ada().id(), JAN_12, null));
    as(
        asAdmin,
        school,
        () -> members.assignSupervisor(school.supervisor().id(), school.ben().id(), sep1, null));
    as(asAdmin, school, () -> members.enrol(spring.id(), school.ada().id(), JAN_12));
    as(asAdmin, school, () -> members.enrol(emccSpring.id(), school.ben().id(), JAN_12));

    Slice<ProgramSummary> open =
        as(asAdmin, school, () -> programs.page(Listing.rows(0, 10).where("status", "OPEN")));
    Slice<CohortSummary> newestFirst =
        as(asSupervisor, school, () -> cohorts.page(Listing.rows(0, 2)));
    Slice<CohortSummary> ofIcfByStart =
        as(
            asTrainee,
            school,
            () ->
                cohorts.page(
                    Listing.rows(0, 10).where("program", "icf").sortedBy("startsOn", false)));
    Slice<CohortSummary> archived =
        as(asAdmin, school, () -> cohorts.page(Listing.rows(0, 10).where("status", "ARCHIVED")));
    Slice<AssignmentSummary> ofBen =
        as(
            asAdmin,
            school,
            () -> members.assignmentPage(Listing.rows(0, 10).where("trainee", "ben")));
    Slice<AssignmentSummary> byTraineeDescending =
        as(
            asAdmin,
            school,
            () -> members.assignmentPage(Listing.rows(0, 10).sortedBy("trainee", true)));
    Slice<EnrolmentSummary> inSpring =
        as(
            asAdmin,
            school,
            () -> members.enrolmentPage(Listing.rows(0, 10).where("cohort", "spring")));
    Slice<EnrolmentSummary> inEmcc =
        as(
            asAdmin,
            school,
            () ->
                members.enrolmentPage(
                    Listing.rows(0, 10).where("cohort", "emcc").where("trainee", "BEN")));

    assertThat(open.items()).extracting(ProgramSummary::name).containsExactly("ICF Level 2");
    assertThat(newestFirst.total()).isEqualTo(3);
    assertThat(newestFirst.items())
        .extracting(CohortSummary::name)
        .containsExactly("Autumn", "EMCC Spring");
    assertThat(ofIcfByStart.items())
        .extracting(CohortSummary::name)
        .containsExactly("Spring", "Autumn");
    assertThat(archived.items()).extracting(CohortSummary::id).containsExactly(autumn.id());
    assertThat(ofBen.items()).extracting(AssignmentSummary::trainee).containsExactly("Ben Trainee");
    assertThat(byTraineeDescending.items())
        .extracting(AssignmentSummary::trainee)
        .containsExactly("Ben Trainee", "Ada Trainee");
    assertThat(inSpring.items())
        .extracting(EnrolmentSummary::cohort)
        .containsExactly("EMCC Spring", "Spring");
    assertThat(inEmcc.items()).extracting(EnrolmentSummary::cohort).containsExactly("EMCC Spring");
    refusedAccess(() -> as(asTrainee, school, () -> programs.page(Listing.rows(0, 10))));
    refusedAccess(
        () -> as(asSupervisor, school, () -> members.assignmentPage(Listing.rows(0, 10))));
  }

  @Test
  void aSchoolAdminEnrolsATraineeOnceAndOnlyTrainees() throws Exception {
    School school = newSchoolWithCallers();
    UUID program = in(school.id(), () -> asAdmin.call(() -> programs.open("EMCC", null)));
    UUID cohort =
        in(school.id(), () -> asAdmin.call(() -> cohorts.open(program, "Spring", JAN_12, null)))
            .id();

    in(school.id(), () -> asAdmin.call(() -> members.enrol(cohort, school.ada().id(), JAN_12)));

    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () -> asAdmin.call(() -> members.enrol(cohort, school.ada().id(), JAN_12))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("Ada Trainee is already enrolled in Spring.");
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asAdmin.call(
                            () -> members.enrol(cohort, school.supervisor().id(), JAN_12))))
        .hasMessage("Sol Supervisor is not a trainee.");
    refusedAccess(
        () ->
            in(
                school.id(),
                () -> asTrainee.call(() -> members.enrol(cohort, school.ben().id(), JAN_12))));
  }

  @Test
  void aKeycloakUserJoinsASchoolOnce() throws Exception {
    School school = newSchoolWithCallers();

    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    school,
                    () ->
                        members.add(
                            AsTrainee.SUBJECT,
                            "Ada Again",
                            "ada@again.test",
                            Set.of(MemberRole.TRAINEE))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("This Keycloak user is already a member of the school.");
  }

  @Test
  void everyMemberReadsThemselvesAndStrangersAreRefused() throws Exception {
    School school = newSchoolWithCallers();
    String emptySchool = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    schools.register(emptySchool, "Nobody's school");

    assertThat(in(school.id(), () -> asTrainee.call(members::me)).id())
        .isEqualTo(school.ada().id());
    assertThat(in(school.id(), () -> asSupervisor.call(members::me)).id())
        .isEqualTo(school.supervisor().id());
    assertThatThrownBy(() -> in(emptySchool, () -> asTrainee.call(members::me)))
        .isInstanceOf(NotAMember.class);
  }

  @Test
  void aSupervisorSeesOnlyTheTraineesAssignedOnThatDate() throws Exception {
    School school = newSchoolWithCallers();
    in(
        school.id(),
        () ->
            asAdmin.call(
                () ->
                    members.assignSupervisor(
                        school.supervisor().id(), school.ada().id(), JAN_12, JAN_12.plusDays(30))));

    assertThat(in(school.id(), () -> asSupervisor.call(() -> members.supervisees(JAN_12))))
        .extracting(MemberSummary::id)
        .containsExactly(school.ada().id());
    assertThat(
            in(
                school.id(),
                () -> asSupervisor.call(() -> members.supervisees(JAN_12.plusDays(31)))))
        .isEmpty();
    refusedAccess(() -> in(school.id(), () -> asTrainee.call(() -> members.supervisees(JAN_12))));
  }

  @Test
  void aDeactivatedMemberStaysReadableButGetsNoNewRecords() throws Exception {
    School school = newSchoolWithCallers();

    MemberSummary deactivated =
        in(
            school.id(),
            () ->
                asAdmin.call(() -> members.deactivate(school.ada().id(), school.ada().version())));

    assertThat(deactivated.status()).isEqualTo(PersonStatus.DEACTIVATED);
    assertThat(in(school.id(), () -> asTrainee.call(members::me)).status())
        .isEqualTo(PersonStatus.DEACTIVATED);
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asAdmin.call(
                            () ->
                                members.assignSupervisor(
                                    school.supervisor().id(), school.ada().id(), JAN_12, null))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessageContaining("Ada Trainee is deactivated");
  }

  @Test
  void aSchoolAdminCannotDeactivateThemselves() throws Exception {
    School school = newSchoolWithCallers();

    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asAdmin.call(
                            () ->
                                members.deactivate(school.admin().id(), school.admin().version()))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("You cannot deactivate yourself: ask another school admin.");
  }

  @Test
  void anotherSchoolsAdminNeitherSeesNorChangesMembers() throws Exception {
    School mine = newSchoolWithCallers();
    School yours = newSchoolWithCallers();

    assertThat(in(yours.id(), () -> asAdmin.call(members::list)))
        .extracting(MemberSummary::id)
        .doesNotContain(mine.ada().id(), mine.ben().id());
    assertThatThrownBy(
            () -> in(yours.id(), () -> asAdmin.call(() -> members.deactivate(mine.ada().id(), 0))))
        .isInstanceOf(NoSuchRecord.class)
        .hasMessage("There is no such member for you.");
  }

  private PracticeSessionView adaLogsASession(School school, String reflection) throws Exception {
    return in(
        school.id(),
        () ->
            asTrainee.call(
                () -> {
                  UUID client = sessions.addClient("C-017", PaymentBasis.PAID, false);
                  return sessions.log(
                      entry(
                          client,
                          JAN_12,
                          55,
                          ContractingRatings.of(
                              ElementRating.CLEAR,
                              ElementRating.PARTIAL,
                              ElementRating.ABSENT,
                              ElementRating.CLEAR),
                          60,
                          reflection));
                }));
  }

  @Test
  void aTraineeLogsAndReadsTheirOwnSessionAndEachReflectionReadIsAuditedOnce() throws Exception {
    School school = newSchoolWithCallers();
    PracticeSessionView logged = adaLogsASession(school, "I rescued again.");

    PracticeSessionView read =
        in(school.id(), () -> asTrainee.call(() -> sessions.read(logged.id())));

    assertThat(read.reflection()).isEqualTo("I rescued again.");
    assertThat(read.score()).isEqualTo(62.5);
    assertThat(in(school.id(), () -> auditProbe.count(logged.id(), AuditAction.READ))).isEqualTo(1);
    assertThat(in(school.id(), () -> auditProbe.count(logged.id(), AuditAction.CREATE)))
        .isEqualTo(1);
  }

  @Test
  void aTraineeNeitherReadsNorLogsForAnotherTraineesRecords() throws Exception {
    School school = newSchoolWithCallers();
    PracticeSessionView adas = adaLogsASession(school, "Mine.");
    UUID adasClient =
        in(
            school.id(),
            () -> asTrainee.call(() -> sessions.addClient("C-018", PaymentBasis.PRO_BONO, false)));

    assertThatThrownBy(
            () -> in(school.id(), () -> asOtherTrainee.call(() -> sessions.read(adas.id()))))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asOtherTrainee.call(
                            () ->
                                sessions.log(
                                    entry(
                                        adasClient,
                                        JAN_12,
                                        50,
                                        ContractingRatings.all(ElementRating.CLEAR),
                                        40,
                                        null)))))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(in(school.id(), () -> auditProbe.count(adas.id(), AuditAction.READ))).isZero();
  }

  @Test
  void aSupervisorReadsAssignedTraineesSessionsWithoutTheReflection() throws Exception {
    School school = newSchoolWithCallers();
    PracticeSessionView logged = adaLogsASession(school, "Confidential.");

    assertThatThrownBy(
            () -> in(school.id(), () -> asSupervisor.call(() -> sessions.read(logged.id()))))
        .isInstanceOf(NoSuchRecord.class);
    in(
        school.id(),
        () ->
            asAdmin.call(
                () ->
                    members.assignSupervisor(
                        school.supervisor().id(), school.ada().id(), JAN_12, JAN_12)));
    PracticeSessionView seen =
        in(school.id(), () -> asSupervisor.call(() -> sessions.read(logged.id())));
    PracticeSessionView seenByAdmin =
        in(school.id(), () -> asAdmin.call(() -> sessions.read(logged.id())));

    assertThat(seen.score()).isEqualTo(62.5);
    assertThat(seen.reflection()).isNull();
    assertThat(seenByAdmin.reflection()).isNull();
    assertThat(in(school.id(), () -> auditProbe.count(logged.id(), AuditAction.READ))).isZero();
  }

  @Test
  void badSessionInputIsRefusedByFieldAndStoresNothing() throws Exception {
    School school = newSchoolWithCallers();
    UUID client =
        in(
            school.id(),
            () -> asTrainee.call(() -> sessions.addClient("C-1", PaymentBasis.PAID, false)));

    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asTrainee.call(
                            () ->
                                sessions.log(
                                    entry(
                                        client,
                                        JAN_12,
                                        601,
                                        ContractingRatings.all(ElementRating.CLEAR),
                                        40,
                                        null)))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("minutes"));
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asTrainee.call(
                            () -> sessions.addClient("ada@example.org", PaymentBasis.PAID, false))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"));
  }

  @Test
  void anotherSchoolCannotReadASession() throws Exception {
    School mine = newSchoolWithCallers();
    School yours = newSchoolWithCallers();
    PracticeSessionView logged = adaLogsASession(mine, "Private.");

    assertThatThrownBy(() -> in(yours.id(), () -> asAdmin.call(() -> sessions.read(logged.id()))))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> in(yours.id(), () -> asTrainee.call(() -> sessions.read(logged.id()))))
        .isInstanceOf(NoSuchRecord.class);
  }

  @Test
  void onlyTheAuthorRevisesOrDeletesASessionAndAStaleRevisionStoresNothing() throws Exception {
    School school = newSchoolWithCallers();
    PracticeSessionView logged = adaLogsASession(school, "First thoughts.");
    ContractingRatings clear = ContractingRatings.all(ElementRating.CLEAR);

    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asOtherTrainee.call(
                            () ->
                                sessions.revise(
                                    logged.id(),
                                    logged.version(),
                                    revision(logged, clear, 40, "x")))))
        .isInstanceOf(NoSuchRecord.class);
    PracticeSessionView revised =
        in(
            school.id(),
            () ->
                asTrainee.call(
                    () ->
                        sessions.revise(
                            logged.id(),
                            logged.version(),
                            revision(logged, clear, 40, "Better."))));
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asTrainee.call(
                            () ->
                                sessions.revise(
                                    logged.id(),
                                    logged.version(),
                                    revision(logged, clear, 90, "Old")))))
        .isInstanceOf(ConcurrentEdit.class);

    PracticeSessionView stored =
        in(school.id(), () -> asTrainee.call(() -> sessions.read(logged.id())));
    assertThat(revised.score()).isEqualTo(100.0);
    assertThat(stored.reflection()).isEqualTo("Better.");
    assertThat(stored.responsibilityShare()).isEqualTo(40);
  }

  @Test
  void aDeletedSessionIsGoneUntilRestored() throws Exception {
    School school = newSchoolWithCallers();
    PracticeSessionView logged = adaLogsASession(school, null);

    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asOtherTrainee.call(
                            () -> runAndReturn(() -> sessions.delete(logged.id(), 0)))))
        .isInstanceOf(NoSuchRecord.class);
    in(
        school.id(),
        () ->
            asTrainee.call(
                () -> runAndReturn(() -> sessions.delete(logged.id(), logged.version()))));
    assertThatThrownBy(
            () -> in(school.id(), () -> asTrainee.call(() -> sessions.read(logged.id()))))
        .isInstanceOf(NoSuchRecord.class);

    in(school.id(), () -> asTrainee.call(() -> sessions.restore(logged.id())));
    assertThat(in(school.id(), () -> asTrainee.call(() -> sessions.read(logged.id()))).id())
        .isEqualTo(logged.id());
    assertThat(in(school.id(), () -> asTrainee.call(() -> sessions.clients())))
        .extracting(ClientView::code)
        .containsExactly("C-017");
  }

  @Test
  void aTraineeAgreesContractsOnlyForTheirOwnClients() throws Exception {
    School school = newSchoolWithCallers();
    UUID client =
        in(
            school.id(),
            () -> asTrainee.call(() -> sessions.addClient("S-9", PaymentBasis.PAID, true)));

    EngagementContractView agreed =
        in(
            school.id(),
            () ->
                asTrainee.call(
                    () ->
                        contracts.agree(
                            client,
                            JAN_12,
                            "6 sessions",
                            "Lead the team",
                            "Wants advice",
                            true,
                            "Acme Ltd",
                            ContractIntegrity.ADEQUATE)));

    assertThat(agreed.sponsor()).isEqualTo("Acme Ltd");
    assertThat(in(school.id(), () -> asTrainee.call(() -> contracts.ofClient(client))))
        .extracting(EngagementContractView::id)
        .containsExactly(agreed.id());
    assertThatThrownBy(
            () -> in(school.id(), () -> asOtherTrainee.call(() -> contracts.ofClient(client))))
        .isInstanceOf(NoSuchRecord.class);
    refusedAccess(() -> in(school.id(), () -> asSupervisor.call(() -> contracts.ofClient(client))));
    assertThatThrownBy(
            () ->
                in(
                    school.id(),
                    () ->
                        asTrainee.call(
                            () ->
                                contracts.agree(
                                    client,
                                    JAN_12,
                                    null,
                                    null,
                                    null,
                                    true,
                                    null,
                                    ContractIntegrity.SOUND))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("sponsor"));
  }

  @Test
  void aSchoolStartsWithTheTaxonomyAndExtendsItForItselfOnly() throws Exception {
    School mine = newSchoolWithCallers();
    School yours = newSchoolWithCallers();
    for (School school : List.of(mine, yours)) {
      in(school.id(), () -> runAndReturn(defaults::seed));
      in(school.id(), () -> runAndReturn(defaults::seed));
    }

    in(
        mine.id(),
        () -> asAdmin.call(() -> runAndReturn(() -> coreIssues.add("BURNOUT", "Burnout", null))));

    assertThat(in(mine.id(), () -> asSupervisor.call(coreIssues::list)))
        .extracting(CoreIssueTypes.Kind::code)
        .hasSize(8)
        .contains("CONTRACTING", "OVER_RESPONSIBILITY", "BURNOUT");
    assertThat(in(yours.id(), () -> asSupervisor.call(coreIssues::list)))
        .extracting(CoreIssueTypes.Kind::code)
        .hasSize(7)
        .doesNotContain("BURNOUT");
    assertThatThrownBy(
            () ->
                in(
                    mine.id(),
                    () ->
                        asAdmin.call(
                            () -> runAndReturn(() -> coreIssues.add("BURNOUT", "Again", null)))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasMessage("The school already has a core issue BURNOUT.");
    refusedAccess(
        () ->
            in(
                mine.id(),
                () -> asTrainee.call(() -> runAndReturn(() -> coreIssues.add("X_Y", "X", null)))));
  }

  /**
   * The refused side of every role-restricted service method, one call per role it does not serve.
   * The container refuses before the method runs, so the arguments are placeholders.
   */
  @Test
  void everyRestrictedMethodRefusesTheRolesItDoesNotServe() throws Exception {
    School school = newSchoolWithCallers();
    UUID id = UUID.randomUUID();
    ContractingRatings clear = ContractingRatings.all(ElementRating.CLEAR);
    Map<String, ThrowingCallable> refusals = new LinkedHashMap<>();
    refusals.put(
        "supervisor adds a member",
        () ->
            as(
                asSupervisor,
                school,
                () -> members.add("s", "S", "s@x.test", Set.of(MemberRole.TRAINEE))));
    refusals.put(
        "trainee deactivates", () -> as(asTrainee, school, () -> members.deactivate(id, 0)));
    refusals.put(
        "supervisor deactivates", () -> as(asSupervisor, school, () -> members.deactivate(id, 0)));
    refusals.put(
        "trainee assigns",
        () -> as(asTrainee, school, () -> members.assignSupervisor(id, id, JAN_12, null)));
    refusals.put(
        "supervisor assigns",
        () -> as(asSupervisor, school, () -> members.assignSupervisor(id, id, JAN_12, null)));
    refusals.put(
        "supervisor enrols", () -> as(asSupervisor, school, () -> members.enrol(id, id, JAN_12)));
    refusals.put(
        "admin lists supervisees", () -> as(asAdmin, school, () -> members.supervisees(JAN_12)));
    refusals.put(
        "supervisor opens a cohort",
        () -> as(asSupervisor, school, () -> cohorts.open(id, "C", JAN_12, null)));
    refusals.put(
        "supervisor renames a cohort",
        () -> as(asSupervisor, school, () -> cohorts.rename(id, 0, "C")));
    for (var role : Map.of("supervisor", asSupervisor, "admin", asAdmin).entrySet()) {
      String who = role.getKey();
      Object notTrainee = role.getValue();
      refusals.put(
          who + " adds a client",
          () -> as(notTrainee, school, () -> sessions.addClient("C-1", PaymentBasis.PAID, false)));
      refusals.put(who + " lists clients", () -> as(notTrainee, school, () -> sessions.clients()));
      refusals.put(
          who + " logs",
          () -> as(notTrainee, school, () -> sessions.log(entry(id, JAN_12, 60, clear, 40, null))));
      refusals.put(
          who + " revises",
          () ->
              as(
                  notTrainee,
                  school,
                  () -> sessions.revise(id, 0, entry(id, JAN_12, 60, clear, 40, null))));
      refusals.put(
          who + " deletes",
          () -> as(notTrainee, school, () -> runAndReturn(() -> sessions.delete(id, 0))));
      refusals.put(who + " restores", () -> as(notTrainee, school, () -> sessions.restore(id)));
      refusals.put(
          who + " agrees a contract",
          () ->
              as(
                  notTrainee,
                  school,
                  () ->
                      contracts.agree(
                          id, JAN_12, null, null, null, false, null, ContractIntegrity.SOUND)));
      refusals.put(
          who + " reads what is shared with them",
          () -> as(notTrainee, school, assessments::sharedWithMe));
    }
    for (var role : Map.of("trainee", asTrainee, "admin", asAdmin).entrySet()) {
      String who = role.getKey();
      Object notSupervisor = role.getValue();
      refusals.put(
          who + " lists a supervisee's sessions",
          () -> as(notSupervisor, school, () -> supervision.ofSupervisee(id, JAN_12, JAN_12)));
      refusals.put(
          who + " grades",
          () ->
              as(
                  notSupervisor,
                  school,
                  () -> assessments.gradeContracting(id, JAN_12, 3, 3, 3, 3, List.of(), null)));
      refusals.put(
          who + " assesses a stage",
          () ->
              as(
                  notSupervisor,
                  school,
                  () ->
                      assessments.assessStage(
                          id, JAN_12, DevelopmentDomain.CONTRACTING, "1", 3, 3, 3, "r", null)));
      refusals.put(
          who + " regrades",
          () ->
              as(
                  notSupervisor,
                  school,
                  () -> assessments.regradeContracting(id, 0, 3, 3, 3, 3, List.of(), null)));
      refusals.put(
          who + " reassesses",
          () ->
              as(
                  notSupervisor,
                  school,
                  () ->
                      assessments.reassessStage(
                          id, 0, DevelopmentDomain.CONTRACTING, "1", 3, 3, 3, "r", null)));
      refusals.put(
          who + " shares", () -> as(notSupervisor, school, () -> assessments.share(id, 0)));
      refusals.put(
          who + " signs off", () -> as(notSupervisor, school, () -> assessments.signOff(id, 0)));
      refusals.put(
          who + " corrects", () -> as(notSupervisor, school, () -> assessments.correct(id)));
    }
    refusals.put(
        "admin records supervision", () -> as(asAdmin, school, () -> supervision.record(null)));
    refusals.put(
        "supervisor adds a core issue",
        () -> as(asSupervisor, school, () -> runAndReturn(() -> coreIssues.add("X_Y", "X", null))));

    SoftAssertions softly = new SoftAssertions();
    refusals.forEach(
        (what, call) -> softly.assertThat(refusedWithAccessError(call)).as(what).isTrue());
    softly.assertAll();
  }

  private static Object runAndReturn(Runnable work) {
    work.run();
    return null;
  }
}
