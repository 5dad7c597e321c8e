package io.parallax.ejb.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The school's taxonomy of core issues: the built-in kinds plus the school's own. Every member
 * reads it (supervisors name core issues from it); school admins extend it.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class CoreIssueTypes {

  /** A core-issue kind as members see it. */
  public record Kind(String code, String label, String description, boolean builtIn) {}

  @PersistenceContext EntityManager em;

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<Kind> list() {
    return em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class)
        .getResultStream()
        .map(t -> new Kind(t.code(), t.label(), t.description().orElse(null), t.isBuiltIn()))
        .toList();
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public void add(String code, String label, String description) {
    CoreIssueType type = new CoreIssueType(code, label, description);
    DomainRuleViolation.require(
        list().stream().noneMatch(kind -> kind.code().equals(type.code())),
        "code",
        "coreIssueTypes.code",
        type.code());
    em.persist(type);
  }
}
