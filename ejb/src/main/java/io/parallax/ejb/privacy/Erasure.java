package io.parallax.ejb.privacy;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.identity.KeycloakDirectory;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A school admin erases a departed (deactivated) member: their name, e-mail and Keycloak subject
 * become a pseudonym ({@link Pseudonyms}), the confidential texts of the records about them are
 * deleted (reflections, evidence notes, re-contracting notes, contract wording, supervision notes,
 * assessment comments and rationales, supervisors' comments on submitted hours), their Keycloak
 * account is deleted, and the school's finished report files, which may name them, are removed.
 * Counts, dates, ratings and grades stay, so the school's figures do not change. The erasure is
 * audited, under the pseudonym.
 *
 * <p>The texts are cleared with SQL updates, each filtered by the school explicitly (native SQL is
 * not filtered by the tenant on its own); the audit trail's entries name the erased member by their
 * new subject, so the trail stays whole without their identity.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class Erasure {

  /**
   * Confidential texts about a trainee, cleared per table; {@code ?1} school, {@code ?2} member.
   */
  static final List<String> CLEARED_TEXTS =
      List.of(
          "update practice_session set reflection = null, recontracting_note = null,"
              + " focus_evidence = null, outcome_evidence = null, approach_evidence = null,"
              + " participation_evidence = null, version = version + 1"
              + " where tenant_id = ?1 and trainee_id = ?2",
          "update engagement_contract set administrative = null, professional = null,"
              + " psychological = null, version = version + 1 where tenant_id = ?1 and client_id in"
              + " (select c.id from client c where c.tenant_id = ?1 and c.trainee_id = ?2)",
          "update supervision_session set notes = null, focus_evidence = null,"
              + " outcome_evidence = null, approach_evidence = null,"
              + " participation_evidence = null, version = version + 1"
              + " where tenant_id = ?1 and supervisee_id = ?2",
          "update contracting_assessment set comment = null, version = version + 1"
              + " where tenant_id = ?1 and trainee_id = ?2",
          "update stage_assessment set rationale = '', suggested_stance = null,"
              + " version = version + 1 where tenant_id = ?1 and trainee_id = ?2",
          "update hour_submission set comment = null, version = version + 1"
              + " where tenant_id = ?1 and trainee_id = ?2");

  /**
   * Where a member's Keycloak subject is kept; {@code ?1} school, {@code ?2} new, {@code ?3} old.
   */
  static final List<String> RENAMED_SUBJECTS =
      List.of(
          "update audit_event set actor_subject = ?2 where tenant_id = ?1 and actor_subject = ?3",
          "update calibration_exercise set created_by = ?2"
              + " where tenant_id = ?1 and created_by = ?3",
          "update report_export set requested_by = ?2 where tenant_id = ?1 and requested_by = ?3");

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject KeycloakDirectory directory;

  private final Clock clock = Clock.systemUTC();

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ErasedMember erase(UUID personId, long versionRead) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NoSuchRecord("member");
    }
    require(!person.subject().equals(caller.subject()), "id", "members.id");
    person.requireVersion(versionRead);
    String account = person.subject();
    person.erase(Pseudonyms.of(person.id()), Instant.now(clock));
    em.flush();
    String school = CurrentSchool.id().orElseThrow();
    for (String update : CLEARED_TEXTS) {
      em.createNativeQuery(update)
          .setParameter(1, school)
          .setParameter(2, person.id())
          .executeUpdate();
    }
    for (String update : RENAMED_SUBJECTS) {
      em.createNativeQuery(update)
          .setParameter(1, school)
          .setParameter(2, person.subject())
          .setParameter(3, account)
          .executeUpdate();
    }
    em.createNativeQuery("delete from report_export where tenant_id = ?1 and status = 'READY'")
        .setParameter(1, school)
        .executeUpdate();
    audit.record(AuditAction.ERASE, person);
    ErasedMember erased =
        new ErasedMember(person.id(), person.displayName(), person.erasedAt().orElseThrow());
    em.flush();
    em.clear();
    // last: an account deleted cannot come back, so nothing may fail after it
    directory.deleteUser(account);
    return erased;
  }

  /** The school's deactivated members by name, those not yet erased first. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<DepartedMember> departed(Listing listing) {
    return Slice.of(
        em.createQuery(
                "select new io.parallax.ejb.privacy.DepartedMember(p.id, p.displayName, p.email,"
                    + " p.erasedAt, p.version) from Person p where p.status = :status"
                    + " order by case when p.erasedAt is null then 0 else 1 end,"
                    + " lower(p.displayName), p.id",
                DepartedMember.class)
            .setParameter("status", PersonStatus.DEACTIVATED),
        listing,
        member -> member);
  }
}
