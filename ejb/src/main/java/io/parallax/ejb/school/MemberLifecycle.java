package io.parallax.ejb.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.identity.Compensations;
import io.parallax.ejb.identity.KeycloakDirectory;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A school admin looks after a member after the invitation: re-sends or cancels an invitation
 * nobody followed, changes the member's roles and corrects their name and the date their initial
 * training ended. Each change is made at the version the admin read, audited, and kept in step with
 * Keycloak: the database change is flushed first, Keycloak is changed last, and a Keycloak failure
 * rolls the database back while a rollback after Keycloak's change undoes it ({@link
 * Compensations}). A corrected name renames the Keycloak account too (the invitation e-mail greets
 * the member by it).
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class MemberLifecycle {

  @PersistenceContext EntityManager em;
  @Inject KeycloakDirectory directory;
  @Inject Compensations compensations;
  @Inject AuditTrail audit;
  @Inject SchoolCalendar calendar;
  @Inject Joining joining;

  /** Mails the invitation again; its link works for another lifespan from now. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary resendInvitation(UUID personId, long versionRead) {
    Person person = pending(personId, versionRead);
    person.invited(Instant.now());
    em.flush();
    audit.record(AuditAction.UPDATE, person);
    directory.sendInvitation(person.subject());
    return MemberSummary.of(person);
  }

  /**
   * Withdraws an invitation nobody followed: the member row (with the enrolments and assignments
   * made for them meanwhile) and the Keycloak account go, together or not at all.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public void cancelInvitation(UUID personId, long versionRead) {
    Person person = pending(personId, versionRead);
    audit.record(AuditAction.DELETE, person);
    try {
      em.createQuery("delete from Enrolment e where e.trainee = :person")
          .setParameter("person", person)
          .executeUpdate();
      em.createQuery(
              "delete from SupervisorAssignment a where a.trainee = :person"
                  + " or a.supervisor = :person")
          .setParameter("person", person)
          .executeUpdate();
      em.remove(person);
      em.flush();
    } catch (PersistenceException recorded) {
      throw new DomainRuleViolation("id", "members.cancel.records", person.displayName());
    }
    directory.deleteUser(person.subject());
  }

  /**
   * Gives the member exactly {@code roles}, in Parallax and as Keycloak realm roles. The school
   * keeps at least one active school admin.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary changeRoles(UUID personId, long versionRead, Set<MemberRole> roles) {
    require(roles != null && !roles.isEmpty(), "roles", "members.roles");
    Person person = find(personId);
    person.requireVersion(versionRead);
    Set<MemberRole> before = person.roles();
    if (before.contains(MemberRole.SCHOOL_ADMIN) && !roles.contains(MemberRole.SCHOOL_ADMIN)) {
      require(otherActiveAdmins(person) > 0, "roles", "members.lastAdmin", person.displayName());
    }
    person.changeRoles(roles);
    em.flush();
    audit.record(AuditAction.UPDATE, person);
    // registered first: a Keycloak failure half-way (roles revoked, not yet granted) is undone too
    compensations.onRollback(
        "roles of " + person.email(),
        () -> directory.setMemberRoles(person.subject(), Members.realmRoles(before)));
    directory.setMemberRoles(person.subject(), Members.realmRoles(roles));
    return MemberSummary.of(person);
  }

  /** Corrects the member's name and the date their initial training ended (null: not known). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public MemberSummary correct(
      UUID personId, long versionRead, String displayName, LocalDate initialTrainingEndedOn) {
    Person person = find(personId);
    person.requireVersion(versionRead);
    if (initialTrainingEndedOn != null) {
      calendar.requireNotAfterToday(
          initialTrainingEndedOn,
          "initialTrainingEndedOn",
          DomainRuleViolation.phrase("person.initialTrainingEndedOn.what"));
    }
    String nameBefore = person.displayName();
    person.rename(displayName);
    person.initialTrainingEnded(initialTrainingEndedOn);
    em.flush();
    audit.record(AuditAction.UPDATE, person);
    if (!person.displayName().equals(nameBefore) && person.subject() != null) {
      // the account's name greets the member in a re-sent invitation: renamed last, and named
      // back when the correction does not commit
      directory
          .rename(person.subject(), person.displayName())
          .ifPresent(
              before ->
                  compensations.onRollback(
                      "name of " + person.email(),
                      () -> directory.rename(person.subject(), before[0], before[1])));
    }
    return MemberSummary.of(person);
  }

  private Person pending(UUID personId, long versionRead) {
    Person person = find(personId);
    joining.notice(person);
    person.requireVersion(versionRead);
    require(person.awaitsJoining(), "id", "members.pending", person.displayName());
    return person;
  }

  /**
   * The school's other active school admins who have joined (an admin still invited cannot act
   * yet); asks Keycloak about the ones not yet seen to have joined.
   */
  private long otherActiveAdmins(Person person) {
    List<Person> admins =
        em.createQuery(
                "select p from Person p where p.id <> :id and p.status = :active"
                    + " and concat(',', cast(p.roles as String), ',') like :admin",
                Person.class)
            .setParameter("id", person.id())
            .setParameter("active", PersonStatus.ACTIVE)
            .setParameter("admin", "%," + MemberRole.SCHOOL_ADMIN.name() + ",%")
            .getResultList();
    joining.notice(admins);
    return admins.stream().filter(admin -> !admin.awaitsJoining()).count();
  }

  private Person find(UUID personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NoSuchRecord("member");
    }
    return person;
  }
}
