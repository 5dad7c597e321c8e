package io.parallax.ejb.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * The school's taxonomy of core issues: the built-in kinds plus the school's own. Every member
 * reads it (supervisors name core issues from it); school admins extend it, rename its kinds and
 * retire the ones they no longer want. A retired kind is not offered on new records but stays on
 * the old ones; only a kind the school added and no record names can be deleted.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class CoreIssueTypes {

  /** A core-issue kind as members see it. */
  public record Kind(
      String code, String label, String description, boolean builtIn, boolean retired)
      implements Serializable {

    static Kind of(CoreIssueType t) {
      return new Kind(
          t.code(), t.label(), t.description().orElse(null), t.isBuiltIn(), t.isRetired());
    }
  }

  @PersistenceContext EntityManager em;

  /** The whole taxonomy, retired kinds included (old records still name them). */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<Kind> list() {
    return em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class)
        .getResultStream()
        .map(Kind::of)
        .toList();
  }

  /** The kinds offered on a new record: those not retired. */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<Kind> offered() {
    return list().stream().filter(kind -> !kind.retired()).toList();
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

  /** Renames a kind and rewrites its description; its code, which records name, stays. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Kind rename(String code, String label, String description) {
    CoreIssueType type = find(code);
    type.describe(label, description);
    return Kind.of(type);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Kind retire(String code) {
    CoreIssueType type = find(code);
    type.retire();
    return Kind.of(type);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Kind reinstate(String code) {
    CoreIssueType type = find(code);
    type.reinstate();
    return Kind.of(type);
  }

  /** Deletes a kind the school added and no supervision session names. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public void delete(String code) {
    CoreIssueType type = find(code);
    type.requireDeletable(named(type.code()));
    em.remove(type);
  }

  /**
   * Whether any of the school's supervision sessions names {@code code}. Native SQL over the list
   * column, filtered by the school explicitly (the tenant filter does not reach native queries).
   */
  private boolean named(String code) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "select count(*) from supervision_session where tenant_id = ?1"
                        + " and position(?2 in ',' || core_issues || ',') > 0")
                .setParameter(1, find(code).schoolId())
                .setParameter(2, "," + code + ",")
                .getSingleResult();
    return count.longValue() > 0;
  }

  private CoreIssueType find(String code) {
    return em.createNamedQuery(CoreIssueType.ALL, CoreIssueType.class)
        .getResultStream()
        .filter(type -> type.code().equals(code == null ? null : code.strip()))
        .findFirst()
        .orElseThrow(() -> new NoSuchRecord("core issue type"));
  }
}
