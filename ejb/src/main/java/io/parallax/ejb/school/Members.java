package io.parallax.ejb.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people of the caller's school. School admins manage them; every member can read themselves; a
 * supervisor reads the trainees assigned to them.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class Members {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary add(
      String subject, String displayName, String email, Set<MemberRole> roles) {
    Person person = new Person(subject, displayName, email, roles);
    require(
        em.createNamedQuery(Person.BY_SUBJECT, Person.class)
            .setParameter("subject", person.subject())
            .getResultList()
            .isEmpty(),
        "subject",
        "This Keycloak user is already a member of the school.");
    em.persist(person);
    em.flush();
    return MemberSummary.of(person);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public List<MemberSummary> list() {
    return em.createNamedQuery(Person.ALL, Person.class)
        .getResultStream()
        .map(MemberSummary::of)
        .toList();
  }

  /** The member leaves: their records stay readable, nothing new is recorded for them. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary deactivate(UUID personId, long versionRead) {
    Person person = find(personId);
    require(
        !person.subject().equals(caller.subject()),
        "id",
        "You cannot deactivate yourself: ask another school admin.");
    person.requireVersion(versionRead);
    person.deactivate();
    return MemberSummary.of(person);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID assignSupervisor(UUID supervisorId, UUID traineeId, LocalDate from, LocalDate to) {
    SupervisorAssignment assignment =
        new SupervisorAssignment(find(supervisorId), find(traineeId), from, to);
    em.persist(assignment);
    return assignment.id();
  }

  /** Enrols a trainee into an open cohort of the school, once. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID enrol(UUID cohortId, UUID traineeId, LocalDate enrolledOn) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    require(cohort != null, "cohort", "There is no such cohort in your school.");
    Person trainee = find(traineeId);
    require(
        em.createNamedQuery(Enrolment.OF_COHORT_AND_TRAINEE, Enrolment.class)
            .setParameter("cohort", cohort)
            .setParameter("trainee", trainee)
            .getResultList()
            .isEmpty(),
        "trainee",
        trainee.displayName() + " is already enrolled in " + cohort.name() + ".");
    Enrolment enrolment = new Enrolment(cohort, trainee, enrolledOn);
    em.persist(enrolment);
    return enrolment.id();
  }

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public MemberSummary me() {
    return MemberSummary.of(caller.requireMember());
  }

  /** The trainees assigned to the calling supervisor on {@code date}. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<MemberSummary> supervisees(LocalDate date) {
    return em.createNamedQuery(SupervisorAssignment.OF_SUPERVISOR_ON, Person.class)
        .setParameter("supervisor", caller.requireMember())
        .setParameter("date", date)
        .getResultStream()
        .map(MemberSummary::of)
        .toList();
  }

  private Person find(UUID personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    require(person != null, "id", "There is no such member in your school.");
    return person;
  }
}
