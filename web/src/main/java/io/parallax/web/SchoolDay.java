package io.parallax.web;

import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.NotAMember;
import io.parallax.ejb.tenancy.CallerSchool;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day of the person's school, for the pages: its time zone ({@link SchoolCalendar}) and today
 * there. Someone without a school (the platform admin) sees Parallax's default zone.
 */
@Named
@RequestScoped
public class SchoolDay {

  @Inject CallerSchool callerSchool;
  @Inject SchoolCalendar calendar;

  private ZoneId zone;

  public ZoneId zone() {
    if (zone == null) {
      try {
        zone = calendar.zoneOf(callerSchool.id());
      } catch (NotAMember noSchool) {
        zone = calendar.defaultZone();
      }
    }
    return zone;
  }

  /** Today in the school's zone: the latest date of something that has happened. */
  public LocalDate today() {
    return LocalDate.now(zone());
  }

  public LocalDate getToday() {
    return today();
  }
}
