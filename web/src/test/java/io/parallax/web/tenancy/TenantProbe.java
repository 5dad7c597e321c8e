package io.parallax.web.tenancy;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.Schools;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test-only bean that looks under the services, deployed with {@link TenantIsolationIT} only. */
@Stateless
public class TenantProbe {

  @PersistenceContext EntityManager em;
  @EJB Cohorts cohorts;
  @EJB Schools schools;

  /** The tenant column as stored, read past Hibernate's tenant filter. */
  public String storedSchoolOf(UUID cohortId) {
    return (String)
        em.createNativeQuery("select tenant_id from cohort where id = ?1")
            .setParameter(1, cohortId)
            .getSingleResult();
  }

  public Cohort find(UUID cohortId) {
    return em.find(Cohort.class, cohortId);
  }

  public List<?> listUnbound() {
    return em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class).getResultList();
  }

  public Void smuggleCohortInto(String otherSchool) throws ReflectiveOperationException {
    Program program = new Program("Smuggling track", null);
    em.persist(program);
    Cohort cohort = new Cohort(program, "Smuggled", LocalDate.of(2026, 2, 2), null);
    var school = SchoolOwned.class.getDeclaredField("schoolId");
    school.setAccessible(true);
    school.set(cohort, otherSchool);
    em.persist(cohort);
    em.flush();
    return null;
  }

  /** One transaction reading platform records unbound, then asking for one school's cohorts. */
  public void listAfterUnboundWorkInOneTransaction(String school) throws Exception {
    schools.exists(school);
    CurrentSchool.callAs(school, cohorts::list);
  }

  /** One transaction (this method's) asking the service for two schools in turn. */
  public void listForBothInOneTransaction(String first, String second) throws Exception {
    CurrentSchool.callAs(first, cohorts::list);
    CurrentSchool.callAs(second, cohorts::list);
  }
}
