package io.parallax.ejb.security;

import io.parallax.domain.school.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The member of the current school who is calling, found by the principal's name (the Keycloak
 * subject). Used inside school-bound services, where the school is already bound.
 */
@RequestScoped
public class Caller {

  @Inject Principal principal;

  @PersistenceContext EntityManager em;

  public String subject() {
    return principal.getName();
  }

  /** The caller as a member of the current school, if they are one. */
  public Optional<Person> member() {
    return em.createNamedQuery(Person.BY_SUBJECT, Person.class)
        .setParameter("subject", subject())
        .getResultStream()
        .findFirst();
  }

  /** The caller as a member of the current school; a caller who is not one is refused. */
  public Person requireMember() {
    return member().orElseThrow(() -> new NotAMember("notAMember.notYet"));
  }
}
