package io.parallax.ejb.school;

import io.parallax.domain.school.Cohort;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The cohorts of the caller's school. */
@Stateless
@SchoolBound
public class Cohorts {

  @PersistenceContext EntityManager em;

  public List<CohortSummary> list() {
    return em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class)
        .getResultStream()
        .map(CohortSummary::of)
        .toList();
  }

  public CohortSummary open(String name, LocalDate startsOn, LocalDate endsOn) {
    Cohort cohort = new Cohort(name, startsOn, endsOn);
    em.persist(cohort);
    em.flush();
    return CohortSummary.of(cohort);
  }
}
