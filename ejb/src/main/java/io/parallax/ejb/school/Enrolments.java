package io.parallax.ejb.school;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.Enrolment;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ends a trainee's enrolment: the school admin records that they withdrew, on which day (not before
 * the enrolment, not after the school's today) and why. The cohort's figures count the trainee
 * until that day only.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class Enrolments {

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;

  /** The trainee withdrew on {@code endedOn}; {@code versionRead} is the enrolment's version. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public EnrolmentSummary withdraw(UUID id, long versionRead, LocalDate endedOn, String reason) {
    Enrolment enrolment = id == null ? null : em.find(Enrolment.class, id);
    if (enrolment == null) {
      throw new NoSuchRecord("enrolment");
    }
    enrolment.requireVersion(versionRead);
    calendar.requireNotAfterToday(
        endedOn, "endedOn", DomainRuleViolation.phrase("enrolments.endedOn.what"));
    enrolment.withdraw(endedOn, reason);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEdit("enrolment");
    }
    return EnrolmentSummary.of(enrolment);
  }
}
