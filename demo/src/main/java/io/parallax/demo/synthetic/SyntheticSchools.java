package io.parallax.demo.synthetic;

import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Writes a {@link SyntheticSchool} into the caller's school, in one transaction, inside the
 * application (in-container tests, a demo); the benchmark's command writes larger ones from
 * outside. Local to the application: no boundary exposes it.
 */
@Stateless
@SchoolBound
public class SyntheticSchools {

  @PersistenceContext EntityManager em;

  // No role: only the tests and the benchmark call it (no boundary exposes it), without a caller.
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SyntheticSchool.Planted write(SyntheticSchool.Spec spec, LocalDate today) {
    return new SyntheticSchool(em, () -> {}).write(spec, today);
  }
}
