package io.parallax.ejb.school;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

  /** Opens a cohort of program {@code programId}, which must be one of the school's. */
  public CohortSummary open(UUID programId, String name, LocalDate startsOn, LocalDate endsOn) {
    Program program = programId == null ? null : em.find(Program.class, programId);
    Cohort cohort = new Cohort(program, name, startsOn, endsOn);
    em.persist(cohort);
    em.flush();
    return CohortSummary.of(cohort);
  }
}
