package io.parallax.web;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;

/**
 * Test-only data for {@link WebStackIT}, written through the services at deploy: the school the
 * placeholder caller belongs to in the tests ({@code web-it}, see arquillian.xml) with one cohort,
 * and another school whose cohort must never show. Idempotent, for an external PostgreSQL that
 * outlives a run. Each call is a transaction of its own, so each school gets its own session.
 */
@Singleton
@Startup
public class WebFixture {

  public static final String SCHOOL = "web-it";
  public static final String OTHER_SCHOOL = "web-it-other";
  public static final String VISIBLE_COHORT = "Web IT visible cohort";
  private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);
  public static final String HIDDEN_COHORT = "Web IT other school's cohort";

  @EJB Schools schools;
  @EJB Programs programs;
  @EJB Cohorts cohorts;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void arrange() {
    ensureSchoolWithCohort(SCHOOL, VISIBLE_COHORT);
    ensureSchoolWithCohort(OTHER_SCHOOL, HIDDEN_COHORT);
  }

  private void ensureSchoolWithCohort(String school, String cohort) {
    if (schools.exists(school)) {
      return;
    }
    schools.register(school, "School " + school);
    try {
      CurrentSchool.callAs(
          school, () -> cohorts.open(programs.open("Web IT track", null), cohort, SEPT_1, null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
