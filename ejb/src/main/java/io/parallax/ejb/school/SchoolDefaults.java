package io.parallax.ejb.school;

import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What every school starts with: the core-issue taxonomy of DESIGN §2 and the IDM scale (levels 1,
 * 2, 3, 3i) as its default developmental scale. Idempotent: only what is missing is added.
 * Onboarding calls it for the new school.
 */
@Stateless
@SchoolBound
public class SchoolDefaults {

  @PersistenceContext EntityManager em;

  // No role check: it only adds missing defaults to the bound school and reveals nothing.
  // Callers: Onboarding (platform admin) and the demo seed (no caller at start-up).
  @PermitAll
  public void seed() {
    var present =
        em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class)
            .getResultStream()
            .map(CoreIssueType::code)
            .toList();
    CoreIssueType.defaults().stream()
        .filter(type -> !present.contains(type.code()))
        .forEach(em::persist);
    if (em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
        .getResultList()
        .isEmpty()) {
      DevelopmentalScale idm = DevelopmentalScale.idm();
      idm.makeSchoolDefault();
      em.persist(idm);
    }
  }
}
