package io.parallax.ejb.school;

import io.parallax.domain.school.School;
import io.parallax.ejb.tenancy.PlatformWork;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Platform work on schools themselves (the tenants). A school row is not owned by a school, so
 * these calls need no bound school (see {@link PlatformWork}); who may make them is the identity
 * issue's to decide.
 */
@Stateless
@PlatformWork
public class Schools {

  @PersistenceContext EntityManager em;

  public boolean exists(String id) {
    return em.find(School.class, id) != null;
  }

  public Optional<String> name(String id) {
    return Optional.ofNullable(em.find(School.class, id)).map(School::name);
  }

  public void register(String id, String name) {
    em.persist(new School(id, name));
  }
}
