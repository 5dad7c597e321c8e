package io.parallax.web.services;

import io.parallax.domain.assessment.CoreIssueType;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test-only: gives the bound school the built-in core-issue taxonomy, as a school starts with it
 * (the demo school is seeded the same way), for {@link SupervisionServicesIT}. The services never
 * seed it themselves: a read or a write of a session should not change the school's taxonomy.
 */
@Stateless
public class TaxonomyFixture {

  @PersistenceContext EntityManager em;

  public void seedCoreIssues() {
    CoreIssueType.defaults().forEach(em::persist);
  }
}
