package io.parallax.web;

import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Program;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Test-only: writes a program and a cohort for the bound school, in a transaction of its own. */
@Stateless
public class WebFixtureData {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void cohort(String name) {
    Program program = new Program("Web IT track", null);
    em.persist(program);
    em.persist(new Cohort(program, name, LocalDate.of(2026, 9, 1), null));
    return null;
  }
}
