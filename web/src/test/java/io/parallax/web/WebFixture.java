package io.parallax.web;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.school.Schools;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Test-only data for {@link WebStackIT}, written at deploy: the school the placeholder caller
 * belongs to in the tests ({@code web-it}, see arquillian.xml) with one cohort, and another school
 * whose cohort must never show. Idempotent, for an external PostgreSQL that outlives a run. Each
 * school is written in a transaction of its own, so each gets its own session.
 */
@Singleton
@Startup
public class WebFixture {

  public static final String SCHOOL = "web-it";
  public static final String OTHER_SCHOOL = "web-it-other";
  public static final String VISIBLE_COHORT = "Web IT visible cohort";
  public static final String HIDDEN_COHORT = "Web IT other school's cohort";

  @EJB Schools schools;
  @EJB WebFixtureData data;

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
      CurrentSchool.callAs(school, () -> data.cohort(cohort));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
