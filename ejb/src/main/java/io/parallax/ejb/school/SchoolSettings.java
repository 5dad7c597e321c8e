package io.parallax.ejb.school;

import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a school admin sets for their own school (the caller's school, never a parameter): for now
 * its time zone, whose day is the school's "today".
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class SchoolSettings {

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;

  /** The caller's school, with the zone it works in (its own, or the default). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public SchoolSummary read() {
    return summary(own());
  }

  /**
   * Sets the zone the caller's school works in ({@code Europe/Berlin}); blank returns to the
   * default. A zone that does not exist is refused at the field {@code timeZone}.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public SchoolSummary workIn(String timeZone, long versionRead) {
    School school = own();
    school.requireVersion(versionRead);
    school.workIn(timeZone);
    em.flush();
    return summary(school);
  }

  private School own() {
    School school = CurrentSchool.id().map(id -> em.find(School.class, id)).orElse(null);
    if (school == null) {
      throw new NoSuchRecord("school");
    }
    return school;
  }

  private SchoolSummary summary(School school) {
    return SchoolSummary.of(school, school.timeZone().orElseGet(calendar::defaultZone));
  }
}
