package io.parallax.ejb.school;

import io.parallax.domain.school.Program;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The accreditation programs of the caller's school. */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class Programs {

  @PersistenceContext EntityManager em;

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID open(String name, String description) {
    Program program = new Program(name, description);
    em.persist(program);
    return program.id();
  }
}
