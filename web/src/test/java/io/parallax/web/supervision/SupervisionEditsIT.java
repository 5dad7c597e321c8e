package io.parallax.web.supervision;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.domain.supervision.SupervisionLocked;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.supervision.SupervisionHours;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Deployments;
import io.parallax.web.api.Page;
import io.parallax.web.api.SignedOffAssessments;
import io.parallax.web.api.Versions;
import io.parallax.web.callers.AsOtherSupervisor;
import io.parallax.web.callers.AsOtherTrainee;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import io.parallax.web.services.AuditProbe;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision sessions their author edits, deletes and restores, and group sessions with their
 * participants, through the services and REST resources as each caller meets them: edits at the
 * version read (If-Match over REST), audited; a session a signed-off assessment cites is locked
 * (409); deleted sessions leave every list until restored; only the author edits or reads notes;
 * another school sees nothing; a group session is in each participant's timeline, own list and
 * hours without any of the supervisor's notes.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionEditsIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate JAN_19 = JAN_12.plusDays(7);
  private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar()).addClasses(AuditProbe.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB SchoolDefaults schoolDefaults;
  @EJB SupervisionSessions supervision;
  @EJB Assessments assessments;
  @EJB AuditProbe audit;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSol;
  @EJB AsOtherSupervisor asKit;
  @EJB AsTrainee asAda;
  @EJB AsOtherTrainee asBen;
  @Inject SupervisionSessionsResource resource;
  @Inject MySupervisionSessionsResource mine;

  /** Sol supervises Ada and Ben from Jan 12; Kit, another supervisor, supervises Ada too. */
  private School arrange() throws Exception {
    School school = CallerSchools.create("sed", schools, members, asAdmin);
    in(
        school.id(),
        () -> {
          schoolDefaults.seed();
          return null;
        });
    UUID kit =
        as(
                asAdmin,
                school,
                () ->
                    members.add(
                        AsOtherSupervisor.SUBJECT,
                        "Kit Supervisor",
                        "kit@" + school.id() + ".test",
                        Set.of(MemberRole.SUPERVISOR)))
            .id();
    UUID sol = school.supervisor().id();
    as(asAdmin, school, () -> members.assignSupervisor(sol, school.ada().id(), JAN_12, null));
    as(asAdmin, school, () -> members.assignSupervisor(sol, school.ben().id(), JAN_12, null));
    as(asAdmin, school, () -> members.assignSupervisor(kit, school.ada().id(), JAN_12, null));
    return school;
  }

  private static SupervisionRecord session(
      UUID supervisee,
      int minutes,
      SupervisionFormat format,
      String notes,
      List<SupervisionRecord.Participant> participants) {
    return new SupervisionRecord(
        supervisee,
        JAN_19,
        minutes,
        format,
        ContractingRatings.of(
            ElementRating.CLEAR, ElementRating.PARTIAL, ElementRating.ABSENT, ElementRating.CLEAR),
        ProctorBalance.of(30, 50, 20),
        Set.of(DriftMarker.STORYTELLING),
        Set.of(SevenEyedMode.CLIENT),
        Set.of("CONTRACTING"),
        null,
        true,
        List.of(),
        notes,
        participants);
  }

  private static SupervisionSessionRequest request(UUID supervisee, int minutes) {
    return new SupervisionSessionRequest(
        supervisee,
        JAN_19,
        minutes,
        SupervisionFormat.INDIVIDUAL,
        new SupervisionSessionRequest.Contracting(
            ElementRating.CLEAR, ElementRating.CLEAR, ElementRating.CLEAR, ElementRating.CLEAR),
        Set.of(),
        Set.of(),
        new SupervisionSessionRequest.Proctor(30, 50, 20),
        Set.of(),
        null,
        false,
        List.of(),
        "Revised notes.",
        null);
  }

  private <T> T sol(School school, Callable<T> work) throws Exception {
    return as(asSol, school, work);
  }

  private SupervisionSessionView solRecordsForAda(School school) throws Exception {
    return sol(
        school,
        () ->
            supervision.record(
                session(
                    school.ada().id(), 60, SupervisionFormat.INDIVIDUAL, "Her notes.", List.of())));
  }

  /** The refusal a REST resource threw inside the test caller's EJB, which wraps it. */
  private static Versions.VersionMismatch unwrapped(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    while (thrown instanceof jakarta.ejb.EJBException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    assertThat(thrown).isInstanceOf(Versions.VersionMismatch.class);
    return (Versions.VersionMismatch) thrown;
  }

  @Test
  void theAuthorRevisesWithIfMatchAStaleVersionIsRefusedAndTheRevisionIsAudited() throws Exception {
    School school = arrange();
    SupervisionSessionView recorded = solRecordsForAda(school);
    String etag = "\"" + recorded.version() + "\"";

    Response revised =
        sol(school, () -> resource.revise(recorded.id(), etag, request(school.ada().id(), 90)));
    SupervisionSessionView read = sol(school, () -> supervision.read(recorded.id()));

    assertThat(revised.getStatus()).isEqualTo(200);
    assertThat(revised.getEntityTag().getValue()).isEqualTo(Long.toString(read.version()));
    assertThat(read.version()).isGreaterThan(recorded.version());
    assertThat(read.minutes()).isEqualTo(90);
    assertThat(read.notes()).isEqualTo("Revised notes.");
    assertThat(read.revisedAt()).isNotNull();
    assertThat(in(school.id(), () -> audit.count(recorded.id(), AuditAction.UPDATE))).isEqualTo(1);

    assertThat(
            unwrapped(
                    () ->
                        sol(
                            school,
                            () ->
                                resource.revise(
                                    recorded.id(), etag, request(school.ada().id(), 30))))
                .status())
        .isEqualTo(Response.Status.PRECONDITION_FAILED);
    assertThat(
            unwrapped(
                    () ->
                        sol(
                            school,
                            () ->
                                resource.revise(
                                    recorded.id(), null, request(school.ada().id(), 30))))
                .status())
        .isEqualTo(Response.Status.PRECONDITION_REQUIRED);
    assertThatThrownBy(
            () ->
                sol(
                    school,
                    () ->
                        supervision.revise(
                            recorded.id(),
                            recorded.version(),
                            session(
                                school.ada().id(),
                                30,
                                SupervisionFormat.INDIVIDUAL,
                                null,
                                List.of()))))
        .isInstanceOf(ConcurrentEdit.class);
    assertThat(sol(school, () -> supervision.read(recorded.id())).minutes()).isEqualTo(90);
  }

  @Test
  void aSessionASignedOffAssessmentCitesIsLockedAgainstEditsAndDeletion() throws Exception {
    School school = arrange();
    SupervisionSessionView recorded = solRecordsForAda(school);
    ContractingAssessmentView grade =
        sol(
            school,
            () ->
                assessments.gradeContracting(
                    school.ada().id(),
                    JAN_19.plusDays(1),
                    3,
                    3,
                    3,
                    3,
                    List.of(recorded.id()),
                    "Contract the supervision as you contract with clients."));
    SupervisionSessionView beforeSignOff = sol(school, () -> supervision.read(recorded.id()));
    sol(school, () -> assessments.signOff(grade.id(), grade.version()));
    SupervisionSessionView locked = sol(school, () -> supervision.read(recorded.id()));

    assertThat(beforeSignOff.locked()).isFalse();
    assertThat(locked.locked()).isTrue();
    assertThatThrownBy(
            () ->
                sol(
                    school,
                    () ->
                        supervision.revise(
                            recorded.id(),
                            locked.version(),
                            session(
                                school.ada().id(),
                                30,
                                SupervisionFormat.INDIVIDUAL,
                                null,
                                List.of()))))
        .isInstanceOfSatisfying(
            SupervisionLocked.class,
            refusal -> {
              assertThat(refusal.field()).isEqualTo("signedOff");
              assertThat(refusal.getMessage()).contains("signed-off assessment cites");
              assertThat(new SignedOffAssessments().toResponse(refusal).getStatus()).isEqualTo(409);
            });
    assertThatThrownBy(
            () -> sol(school, () -> resource.delete(recorded.id(), "\"" + locked.version() + "\"")))
        .isInstanceOf(SupervisionLocked.class);
    SupervisionSessionView after = sol(school, () -> supervision.read(recorded.id()));
    assertThat(after.minutes()).isEqualTo(60);
    assertThat(after.deleted()).isFalse();
  }

  @Test
  void aDeletedSessionLeavesEveryListUntilItsAuthorRestoresIt() throws Exception {
    School school = arrange();
    SupervisionSessionView recorded = solRecordsForAda(school);

    Response deleted =
        sol(school, () -> resource.delete(recorded.id(), "\"" + recorded.version() + "\""));

    assertThat(deleted.getStatus()).isEqualTo(204);
    assertThat(in(school.id(), () -> audit.count(recorded.id(), AuditAction.DELETE))).isEqualTo(1);
    assertThat(sol(school, () -> supervision.ofSupervisee(school.ada().id(), JAN_12, MAR_31)))
        .isEmpty();
    assertThat(as(asAda, school, () -> supervision.mine(null, null, 0, 10).items())).isEmpty();
    assertThat(as(asAda, school, () -> supervision.myHours(null, null).minutes())).isZero();
    assertThatThrownBy(() -> as(asAda, school, () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(sol(school, () -> supervision.deletedByMe()))
        .extracting(SupervisionSessionView::id)
        .containsExactly(recorded.id());
    assertThatThrownBy(() -> as(asKit, school, () -> supervision.restore(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);

    Response restored = sol(school, () -> resource.restore(recorded.id()));

    assertThat(restored.getStatus()).isEqualTo(200);
    assertThat(sol(school, () -> supervision.ofSupervisee(school.ada().id(), JAN_12, MAR_31)))
        .extracting(SupervisionSessionView::id)
        .containsExactly(recorded.id());
    assertThat(sol(school, () -> supervision.deletedByMe())).isEmpty();
    assertThat(as(asAda, school, () -> supervision.mine(null, null, 0, 10).items()))
        .extracting(SupervisionSessionView::id)
        .containsExactly(recorded.id());
  }

  @Test
  void onlyTheAuthorEditsOrReadsNotesAndAnotherSchoolFindsNothing() throws Exception {
    School school = arrange();
    SupervisionSessionView recorded =
        sol(
            school,
            () ->
                supervision.record(
                    session(
                        school.ada().id(),
                        60,
                        SupervisionFormat.GROUP,
                        "Session notes.",
                        List.of(
                            new SupervisionRecord.Participant(school.ada().id(), "On Ada."),
                            new SupervisionRecord.Participant(school.ben().id(), "On Ben.")))));
    SupervisionRecord change =
        session(school.ada().id(), 30, SupervisionFormat.INDIVIDUAL, null, List.of());

    refusedAccess(
        () ->
            as(asAda, school, () -> supervision.revise(recorded.id(), recorded.version(), change)));
    refusedAccess(() -> as(asAda, school, () -> resource.delete(recorded.id(), "\"0\"")));
    assertThatThrownBy(
            () ->
                as(
                    asKit,
                    school,
                    () -> supervision.revise(recorded.id(), recorded.version(), change)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                as(
                    asKit,
                    school,
                    () -> resource.delete(recorded.id(), "\"" + recorded.version() + "\"")))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asKit, school, () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asKit, school, () -> supervision.toRevise(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    List<SupervisionSessionView> kitSees =
        as(asKit, school, () -> supervision.ofSupervisee(school.ada().id(), JAN_12, MAR_31));
    assertThat(kitSees).extracting(SupervisionSessionView::id).containsExactly(recorded.id());
    assertThat(kitSees.get(0).notes()).isNull();
    assertThat(kitSees.get(0).participants())
        .extracting(SupervisionSessionView.Participant::notes)
        .containsOnlyNulls();

    School other = CallerSchools.create("sed-b", schools, members, asAdmin);
    assertThatThrownBy(
            () ->
                as(
                    asSol,
                    other,
                    () -> supervision.revise(recorded.id(), recorded.version(), change)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asSol, other, () -> supervision.read(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asSol, other, () -> supervision.restore(recorded.id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(as(asAda, other, () -> supervision.mine(null, null, 0, 10).items())).isEmpty();
    assertThat(sol(school, () -> supervision.read(recorded.id())).notes())
        .isEqualTo("Session notes.");
  }

  @Test
  void aGroupSessionIsInEachParticipantsTimelineListAndHoursWithoutTheConfidentialNotes()
      throws Exception {
    School school = arrange();
    SupervisionSessionView group =
        sol(
            school,
            () ->
                supervision.record(
                    session(
                        school.ada().id(),
                        90,
                        SupervisionFormat.GROUP,
                        "Session notes.",
                        List.of(
                            new SupervisionRecord.Participant(
                                school.ben().id(), "Ben rescues.")))));

    SupervisionSessionView authorRead = sol(school, () -> supervision.read(group.id()));
    assertThat(authorRead.participants())
        .extracting(
            SupervisionSessionView.Participant::id, SupervisionSessionView.Participant::notes)
        .containsExactlyInAnyOrder(
            tuple(school.ada().id(), null), tuple(school.ben().id(), "Ben rescues."));
    assertThat(sol(school, () -> supervision.ofSupervisee(school.ben().id(), JAN_12, MAR_31)))
        .extracting(SupervisionSessionView::id)
        .containsExactly(group.id());
    assertThat(sol(school, () -> supervision.ofSupervisee(school.ada().id(), JAN_12, MAR_31)))
        .extracting(SupervisionSessionView::id)
        .containsExactly(group.id());

    for (Object trainee : List.of(asAda, asBen)) {
      List<SupervisionSessionView> own =
          as(trainee, school, () -> supervision.mine(null, null, 0, 10).items());
      SupervisionSessionView read = as(trainee, school, () -> supervision.read(group.id()));
      @SuppressWarnings("unchecked")
      Page<SupervisionSessionView> overRest =
          as(trainee, school, () -> mine.list(null, null, 0, 20));
      SupervisionHours hours = as(trainee, school, () -> mine.hours(JAN_12, MAR_31));

      assertThat(own).extracting(SupervisionSessionView::id).containsExactly(group.id());
      for (SupervisionSessionView seen : List.of(own.get(0), read, overRest.items().get(0))) {
        assertThat(seen.notes()).isNull();
        assertThat(seen.participants()).hasSize(2);
        assertThat(seen.participants())
            .extracting(SupervisionSessionView.Participant::notes)
            .containsOnlyNulls();
        assertThat(seen.locked()).isFalse();
      }
      assertThat(overRest.total()).isEqualTo(1);
      assertThat(hours.minutes()).isEqualTo(90);
      assertThat(hours.hours()).isEqualTo(1.5);
      assertThat(hours.months())
          .extracting(m -> m.month().toString(), SupervisionHours.Month::sessions)
          .containsExactly(tuple("2026-01", 1L));
    }
    assertThat(as(asBen, school, () -> mine.hours(JAN_19.plusDays(1), MAR_31).minutes())).isZero();
  }

  @Test
  void aParticipantWhoIsNotTheAuthorsSuperviseeIsRefusedAtTheField() throws Exception {
    School school = arrange();
    School other = CallerSchools.create("sed-c", schools, members, asAdmin);
    long before = as(asAda, school, () -> supervision.mine(null, null, 0, 1).total());

    for (UUID stranger :
        List.of(
            school.admin().id(), other.ben().id(), UUID.randomUUID(), school.supervisor().id())) {
      assertThatThrownBy(
              () ->
                  sol(
                      school,
                      () ->
                          supervision.record(
                              session(
                                  school.ada().id(),
                                  60,
                                  SupervisionFormat.GROUP,
                                  null,
                                  List.of(new SupervisionRecord.Participant(stranger, null))))))
          .isInstanceOfSatisfying(
              DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("participants"));
    }
    assertThatThrownBy(
            () ->
                sol(
                    school,
                    () ->
                        supervision.record(
                            session(
                                school.ada().id(),
                                60,
                                SupervisionFormat.INDIVIDUAL,
                                null,
                                List.of(
                                    new SupervisionRecord.Participant(school.ben().id(), null))))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("participants"));
    assertThat(as(asAda, school, () -> supervision.mine(null, null, 0, 1).total()))
        .isEqualTo(before);
  }
}
