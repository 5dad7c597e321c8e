package io.parallax.ejb.school.roster;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Imports one checked row in a transaction of its own, so that a row is all or nothing: the member
 * invited through {@link Members#invite} (whose Keycloak account is deleted again if the row's
 * transaction does not commit), enrolled and assigned through {@link Members}. What exists already
 * (the member by e-mail, the enrolment, a current assignment to the same supervisor) is kept as it
 * is, which makes a second run of the same file change nothing.
 */
@Stateless
@SchoolBound
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class RosterRows {

  @PersistenceContext EntityManager em;
  @EJB Members members;
  @Inject SchoolCalendar calendar;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RosterOutcome apply(RosterEntry entry, String language) {
    require(entry.ok(), "row", "roster.row.problems", entry.row());
    Person person = byEmail(entry.email());
    boolean invited = person == null;
    if (invited) {
      members.invite(
          new Invitee(entry.email(), entry.firstName(), entry.lastName(), language),
          entry.roles(),
          entry.initialTrainingEndedOn());
      person = byEmail(entry.email());
    }
    LocalDate today = calendar.today();
    boolean enrolled = entry.cohort() != null && enrol(person, entry.cohort(), today);
    boolean assigned =
        entry.supervisorEmail() != null && assign(person, entry.supervisorEmail(), today);
    return RosterOutcome.done(entry, invited, enrolled, assigned);
  }

  private boolean enrol(Person trainee, String cohortName, LocalDate today) {
    List<Cohort> cohorts =
        em.createQuery(
                "select c from Cohort c where lower(c.name) = :name and c.status = :open",
                Cohort.class)
            .setParameter("name", RosterCheck.cohortKey(cohortName))
            .setParameter("open", CohortStatus.OPEN)
            .getResultList();
    require(!cohorts.isEmpty(), RosterColumn.COHORT.name(), "roster.cohort.unknown", cohortName);
    Cohort cohort = cohorts.get(0);
    boolean enrolledAlready =
        !em.createNamedQuery(Enrolment.OF_COHORT_AND_TRAINEE, Enrolment.class)
            .setParameter("cohort", cohort)
            .setParameter("trainee", trainee)
            .getResultList()
            .isEmpty();
    if (!enrolledAlready) {
      members.enrol(cohort.id(), trainee.id(), today);
    }
    return !enrolledAlready;
  }

  private boolean assign(Person trainee, String supervisorEmail, LocalDate today) {
    Person supervisor = byEmail(supervisorEmail);
    require(
        supervisor != null,
        RosterColumn.SUPERVISOR.name(),
        "roster.supervisor.unknown",
        supervisorEmail);
    boolean assignedAlready =
        !em.createNamedQuery(SupervisorAssignment.COVERING, SupervisorAssignment.class)
            .setParameter("supervisor", supervisor)
            .setParameter("trainee", trainee)
            .setParameter("date", today)
            .getResultList()
            .isEmpty();
    if (!assignedAlready) {
      members.assignSupervisor(supervisor.id(), trainee.id(), today, null);
    }
    return !assignedAlready;
  }

  private Person byEmail(String email) {
    return em.createQuery("select p from Person p where p.email = :email", Person.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
