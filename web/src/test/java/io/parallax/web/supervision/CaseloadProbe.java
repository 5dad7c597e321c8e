package io.parallax.web.supervision;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Test-only writer and counter of records under the services, for {@link SupervisorIT}: client
 * sessions and enrolments of any trainee, and another supervisor's assessments. Runs in the school
 * the test binds.
 */
@Stateless
public class CaseloadProbe {

  @PersistenceContext EntityManager em;

  public UUID enrol(UUID traineeId, String cohortName, LocalDate on) {
    Program program = new Program("Program of " + cohortName, null);
    em.persist(program);
    Cohort cohort = new Cohort(program, cohortName, on.minusDays(30), null);
    em.persist(cohort);
    Enrolment enrolment = new Enrolment(cohort, em.find(Person.class, traineeId), on);
    em.persist(enrolment);
    return enrolment.id();
  }

  /** A client session of the trainee on {@code heldOn}, deleted at once if {@code deleted}. */
  public UUID practice(UUID traineeId, LocalDate heldOn, boolean deleted) {
    Person trainee = em.find(Person.class, traineeId);
    Client client =
        new Client(trainee, "P-" + (int) (Math.random() * 9000 + 1000), PaymentBasis.PAID, false);
    em.persist(client);
    PracticeSession session =
        new PracticeSession(
            trainee, client, heldOn, 50, ContractingRatings.all(ElementRating.PARTIAL), 50);
    if (deleted) {
      session.delete(Instant.now());
    }
    em.persist(session);
    return session.id();
  }

  /**
   * A client session of the trainee on {@code heldOn}, contracted clearly but with the coach taking
   * 70 % of the responsibility and the story taking over: rescuing, with storytelling drift.
   */
  public UUID rescuing(UUID traineeId, LocalDate heldOn) {
    Person trainee = em.find(Person.class, traineeId);
    Client client =
        new Client(trainee, "R-" + (int) (Math.random() * 9000 + 1000), PaymentBasis.PAID, false);
    em.persist(client);
    PracticeSession session =
        new PracticeSession(
            trainee, client, heldOn, 50, ContractingRatings.all(ElementRating.CLEAR), 70);
    session.markDrift(Set.of(DriftMarker.STORYTELLING));
    em.persist(session);
    return session.id();
  }

  /**
   * A stage assessment of the trainee by a new supervisor of the school (assigned from {@code on}),
   * signed off or not.
   */
  public UUID stageByAnotherSupervisor(UUID traineeId, LocalDate on, boolean signedOff) {
    Person other =
        new Person(
            "other-" + UUID.randomUUID(),
            "Olga Other",
            "olga-" + UUID.randomUUID().toString().substring(0, 8) + "@other.test",
            Set.of(MemberRole.SUPERVISOR));
    em.persist(other);
    SupervisorAssignment assignment =
        new SupervisorAssignment(other, em.find(Person.class, traineeId), on, null);
    em.persist(assignment);
    DevelopmentalScale idm =
        em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
            .getResultList()
            .get(0);
    StageAssessment stage =
        new StageAssessment(
            assignment,
            on,
            idm,
            DevelopmentDomain.CONTRACTING,
            "2",
            StageSubScores.of(3, 3, 3),
            "Seen by another supervisor.");
    if (signedOff) {
      stage.signOff(Instant.now());
    }
    em.persist(stage);
    return stage.id();
  }

  public long count(Class<?> type) {
    return em.createQuery("select count(r) from " + type.getSimpleName() + " r", Long.class)
        .getSingleResult();
  }
}
