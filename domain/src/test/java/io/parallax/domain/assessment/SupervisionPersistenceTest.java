package io.parallax.domain.assessment;

import static io.parallax.domain.supervision.SupervisionExamples.FEB_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.persistence.H2Schools;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.ParallelProcessDirection;
import io.parallax.domain.supervision.ParallelProcessObservation;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionExamples;
import io.parallax.domain.supervision.SupervisionSession;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supervision and assessment records through the production persistence unit on a fresh H2
 * database: the migration matches the mapping, every field (sets, id lists and embedded values
 * included) survives a round trip, the schema backs the entities' rules, and another school sees
 * none of a school's records.
 */
class SupervisionPersistenceTest {

  private static final Instant SIGNED = Instant.parse("2026-02-03T09:00:00Z");
  private static final UUID CASE = UUID.randomUUID();
  private static final UUID EVIDENCE = UUID.randomUUID();

  private static H2Schools db;

  @BeforeAll
  static void migrateAndValidate() {
    db = H2Schools.open();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void readsBackASupervisionSession() throws Exception {
    SupervisorAssignment assignment = persistedAssignment();
    SupervisionSession session = SupervisionExamples.session(assignment);
    session.markDrift(Set.of(DriftMarker.STORYTELLING, DriftMarker.CIRCLING));
    session.visit(Set.of(SevenEyedMode.RELATIONSHIP, SevenEyedMode.PARALLEL_PROCESS));
    session.nameCoreIssues(List.of("OVER_RESPONSIBILITY", "CONTRACTING"));
    session.observe(
        ParallelProcessObservation.of(
            "Asks me to solve it, as her client asks her", ParallelProcessDirection.UPWARD, true));
    session.modelContracting(true);
    session.discussCases(List.of(CASE, EVIDENCE));
    session.writeNotes("Felt pulled to rescue.");
    inSchool("mine", em -> persist(em, session));

    SupervisionSession read =
        inSchool(
            "mine",
            em -> {
              SupervisionSession found = em.find(SupervisionSession.class, session.id());
              found.supervisee().displayName();
              return found;
            });

    assertThat(read.schoolId()).isEqualTo("mine");
    assertThat(read.supervisee().id()).isEqualTo(assignment.trainee().id());
    assertThat(read.heldOn()).isEqualTo(FEB_2);
    assertThat(read.minutes()).isEqualTo(60);
    assertThat(read.ratings().rating(ContractingElement.APPROACH))
        .isEqualTo(session.ratings().rating(ContractingElement.APPROACH));
    assertThat(read.score()).isEqualTo(session.score());
    assertThat(read.driftMarkers())
        .containsExactlyInAnyOrder(DriftMarker.STORYTELLING, DriftMarker.CIRCLING);
    assertThat(read.sevenEyedModes())
        .containsExactlyInAnyOrder(SevenEyedMode.RELATIONSHIP, SevenEyedMode.PARALLEL_PROCESS);
    assertThat(read.proctorBalance().normative()).isEqualTo(30);
    assertThat(read.proctorBalance().formative()).isEqualTo(50);
    assertThat(read.proctorBalance().restorative()).isEqualTo(20);
    assertThat(read.coreIssues()).containsExactly("CONTRACTING", "OVER_RESPONSIBILITY");
    assertThat(read.parallelProcess().orElseThrow().direction())
        .isEqualTo(ParallelProcessDirection.UPWARD);
    assertThat(read.parallelProcess().orElseThrow().namedInSession()).isTrue();
    assertThat(read.modelledContracting()).isTrue();
    assertThat(read.casesDiscussed()).containsExactly(CASE, EVIDENCE);
    assertThat(read.notes()).contains("Felt pulled to rescue.");
  }

  @Test
  void aSessionWithoutAnObservationReadsBackWithoutOne() throws Exception {
    SupervisionSession session = SupervisionExamples.session(persistedAssignment());
    inSchool("mine", em -> persist(em, session));

    SupervisionSession read =
        inSchool("mine", em -> em.find(SupervisionSession.class, session.id()));

    assertThat(read.parallelProcess()).isEmpty();
    assertThat(read.coreIssues()).isEmpty();
    assertThat(read.casesDiscussed()).isEmpty();
    assertThat(read.sevenEyedModes()).isEmpty();
  }

  @Test
  void aGroupSessionIsInEachParticipantsListWithTheirNoteAndNotInAnotherSchool() throws Exception {
    SupervisorAssignment eve = persistedAssignment();
    SupervisorAssignment tom =
        inSchool(
            "mine",
            em -> {
              SupervisorAssignment a =
                  new SupervisorAssignment(
                      em.merge(eve.supervisor()),
                      io.parallax.domain.Examples.trainee("Tom"),
                      eve.startsOn(),
                      null);
              em.persist(a.trainee());
              return persist(em, a);
            });
    SupervisionSession session = SupervisionExamples.session(eve);
    session.holdAs(io.parallax.domain.supervision.SupervisionFormat.GROUP);
    session.attendedBy(
        List.of(new SupervisionSession.Attendance(tom, "Tom took the rescuer's part.")));
    inSchool("mine", em -> persist(em, session));

    List<SupervisionSession> tomsSessions =
        inSchool("mine", em -> participantSessions(em, tom.trainee()));
    List<SupervisionSession> elsewhere =
        inSchool("theirs", em -> participantSessions(em, tom.trainee()));
    String tomsNote =
        inSchool(
            "mine",
            em ->
                em.find(SupervisionSession.class, session.id()).participants().stream()
                    .filter(p -> p.person().id().equals(tom.trainee().id()))
                    .findFirst()
                    .orElseThrow()
                    .notes()
                    .orElseThrow());

    assertThat(tomsSessions).extracting(SupervisionSession::id).containsExactly(session.id());
    assertThat(tomsSessions.get(0).schoolId()).isEqualTo("mine");
    assertThat(elsewhere).isEmpty();
    assertThat(tomsNote).isEqualTo("Tom took the rescuer's part.");
  }

  private static List<SupervisionSession> participantSessions(
      EntityManager em, io.parallax.domain.school.Person participant) {
    return em.createNamedQuery(SupervisionSession.OF_PARTICIPANT_BETWEEN, SupervisionSession.class)
        .setParameter("supervisee", em.getReference(participant.getClass(), participant.id()))
        .setParameter("from", FEB_2.minusDays(1))
        .setParameter("to", FEB_2.plusDays(1))
        .getResultList();
  }

  @Test
  void readsBackAContractingAssessmentAndItsCorrection() throws Exception {
    ContractingAssessment first = SupervisionExamples.contractingAssessment(persistedAssignment());
    first.citeEvidence(List.of(EVIDENCE));
    first.comment("Focus clear; outcome vague.");
    first.shareWithTrainee(true);
    first.signOff(SIGNED);
    ContractingAssessment second = first.newVersion();
    second.grade(ContractingElement.OUTCOME, 4);
    inSchool(
        "mine",
        em -> {
          em.persist(first);
          return persist(em, second);
        });

    ContractingAssessment read =
        inSchool(
            "mine",
            em -> {
              ContractingAssessment found = em.find(ContractingAssessment.class, second.id());
              found.previousVersion().orElseThrow().signedOffAt();
              return found;
            });
    List<ContractingAssessment> current =
        inSchool(
            "mine",
            em ->
                em.createNamedQuery(
                        ContractingAssessment.CURRENT_OF_TRAINEE, ContractingAssessment.class)
                    .setParameter("trainee", first.trainee())
                    .getResultList());

    assertThat(read.versionNumber()).isEqualTo(2);
    assertThat(read.isSignedOff()).isFalse();
    assertThat(read.grade(ContractingElement.FOCUS)).isEqualTo(2);
    assertThat(read.grade(ContractingElement.OUTCOME)).isEqualTo(4);
    assertThat(read.evidenceSessions()).containsExactly(EVIDENCE);
    assertThat(read.comment()).contains("Focus clear; outcome vague.");
    assertThat(read.isSharedWithTrainee()).isTrue();
    ContractingAssessment previous = read.previousVersion().orElseThrow();
    assertThat(previous.id()).isEqualTo(first.id());
    assertThat(previous.signedOffAt()).contains(SIGNED);
    assertThat(read.changesFrom(previous)).containsExactly("outcomeGrade");
    assertThat(current).extracting(ContractingAssessment::id).containsExactly(second.id());
  }

  @Test
  void theSchemaKeepsOneCorrectionPerVersion() throws Exception {
    ContractingAssessment first = SupervisionExamples.contractingAssessment(persistedAssignment());
    first.signOff(SIGNED);
    ContractingAssessment correction = first.newVersion();
    ContractingAssessment rivalCorrection = first.newVersion();
    inSchool(
        "mine",
        em -> {
          em.persist(first);
          return persist(em, correction);
        });

    assertThatThrownBy(() -> inSchool("mine", em -> persist(em, rivalCorrection)))
        .hasStackTraceContaining("CONTRACTING_ASSESSMENT_PREVIOUS_UNIQUE");
  }

  @Test
  void readsBackAStageAssessmentOnTheSchoolsScale() throws Exception {
    DevelopmentalScale idm = DevelopmentalScale.idm();
    inSchool("mine", em -> persist(em, idm));
    StageAssessment assessment = SupervisionExamples.stageAssessment(persistedAssignment(), idm);
    assessment.suggestStance("Structure, encouragement, model contracting.");
    assessment.signOff(SIGNED);
    inSchool("mine", em -> persist(em, assessment));

    StageAssessment read =
        inSchool(
            "mine",
            em -> {
              StageAssessment found = em.find(StageAssessment.class, assessment.id());
              found.scale().levels();
              return found;
            });

    assertThat(read.scale().levels()).containsExactly("1", "2", "3", "3i");
    assertThat(read.scale().isSchoolDefault()).isTrue();
    assertThat(read.domain()).isEqualTo(DevelopmentDomain.CONTRACTING);
    assertThat(read.level()).isEqualTo("1");
    assertThat(read.subScores()).isEqualTo(StageSubScores.of(2, 4, 1));
    assertThat(read.rationale()).isEqualTo(assessment.rationale());
    assertThat(read.suggestedStance()).isEqualTo(assessment.suggestedStance());
    assertThat(read.signedOffAt()).contains(SIGNED);
    assertThat(read.versionNumber()).isEqualTo(1);
    assertThat(read.previousVersion()).isEmpty();
  }

  @Test
  void readsBackTheBuiltInCoreIssues() throws Exception {
    inSchool(
        "mine",
        em -> {
          CoreIssueType.defaults().forEach(em::persist);
          return null;
        });

    List<CoreIssueType> taxonomy =
        inSchool(
            "mine",
            em -> em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class).getResultList());

    assertThat(taxonomy).hasSize(7).allSatisfy(type -> assertThat(type.isBuiltIn()).isTrue());
    assertThat(taxonomy).extracting(CoreIssueType::code).contains("OVER_RESPONSIBILITY");
  }

  @Test
  void anotherSchoolFindsNothing() throws Exception {
    SupervisorAssignment assignment = persistedAssignment();
    DevelopmentalScale scale = DevelopmentalScale.icf();
    SupervisionSession session = SupervisionExamples.session(assignment);
    ContractingAssessment contracting = SupervisionExamples.contractingAssessment(assignment);
    StageAssessment stage = SupervisionExamples.stageAssessment(assignment, scale);
    CoreIssueType own = new CoreIssueType("SCOPE_CREEP", "Scope creep", null);
    inSchool(
        "mine",
        em -> {
          List.of(scale, session, contracting, stage, own).forEach(em::persist);
          return null;
        });

    List<Object> foundByYours =
        inSchool(
            "yours",
            em ->
                Arrays.asList(
                    em.find(SupervisionSession.class, session.id()),
                    em.find(ContractingAssessment.class, contracting.id()),
                    em.find(StageAssessment.class, stage.id()),
                    em.find(DevelopmentalScale.class, scale.id()),
                    em.find(CoreIssueType.class, own.id())));
    List<SupervisionSession> listedForYours =
        inSchool(
            "yours",
            em ->
                em.createNamedQuery(
                        SupervisionSession.OF_SUPERVISEE_BETWEEN, SupervisionSession.class)
                    .setParameter("supervisee", assignment.trainee())
                    .setParameter("from", FEB_2.minusYears(1))
                    .setParameter("to", FEB_2.plusYears(1))
                    .getResultList());
    List<DevelopmentalScale> scalesOfYours =
        inSchool(
            "yours",
            em ->
                em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
                    .getResultList());

    assertThat(foundByYours).containsOnlyNulls();
    assertThat(listedForYours).isEmpty();
    assertThat(scalesOfYours).isEmpty();
  }

  @Test
  void theSchemaRefusesAProctorBalanceThatDoesNotAddUp() throws Exception {
    SupervisionSession session = SupervisionExamples.session(persistedAssignment());
    inSchool("mine", em -> persist(em, session));

    assertThatThrownBy(
            () ->
                inSchool(
                    "mine",
                    em ->
                        em.createNativeQuery(
                                "update supervision_session set normative = 90 where id = ?1")
                            .setParameter(1, session.id())
                            .executeUpdate()))
        .hasStackTraceContaining("SUPERVISION_SESSION_PROCTOR_CHECK");
  }

  /** Sam supervises Eve in "mine", both persisted with their assignment. */
  private static SupervisorAssignment persistedAssignment() throws Exception {
    SupervisorAssignment assignment = SupervisionExamples.assignment();
    return inSchool(
        "mine",
        em -> {
          em.persist(assignment.supervisor());
          em.persist(assignment.trainee());
          return persist(em, assignment);
        });
  }

  private static <T> T persist(EntityManager em, T entity) {
    em.persist(entity);
    return entity;
  }

  private static <T> T inSchool(String school, Function<EntityManager, T> work) throws Exception {
    return db.inSchool(school, work);
  }

  private static <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
