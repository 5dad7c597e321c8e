package io.parallax.ejb.school;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.Program;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.listing.Columns;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The cohorts of the caller's school. School admins open, edit and archive them; every member of
 * the school reads them.
 */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class Cohorts {

  /** The cohorts list's columns; newest first unless sorted. */
  static final Columns COLUMNS =
      Columns.orderedBy("c.startsOn desc, lower(c.name)", "c.id")
          .text("name", "c.name")
          .text("program", "p.name")
          .choice("status", "c.status", CohortStatus.class)
          .ordered("startsOn", "c.startsOn")
          .ordered("endsOn", "c.endsOn");

  @PersistenceContext EntityManager em;

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<CohortSummary> list() {
    return em.createNamedQuery(Cohort.IN_SCHOOL, Cohort.class)
        .getResultStream()
        .map(CohortSummary::of)
        .toList();
  }

  /** One page of the school's cohorts, filtered and sorted by {@link #COLUMNS}. */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public Slice<CohortSummary> page(Listing listing) {
    return COLUMNS
        .slice(
            em,
            "select c from Cohort c join fetch c.program p",
            "select count(c) from Cohort c join c.program p",
            Cohort.class,
            listing)
        .map(CohortSummary::of);
  }

  /** Opens a cohort of program {@code programId}, which must be one of the school's. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public CohortSummary open(UUID programId, String name, LocalDate startsOn, LocalDate endsOn) {
    Program program = programId == null ? null : em.find(Program.class, programId);
    Cohort cohort = new Cohort(program, name, startsOn, endsOn);
    em.persist(cohort);
    em.flush();
    return CohortSummary.of(cohort);
  }

  /**
   * Renames a cohort, provided it is still at the version the caller read. A concurrent change that
   * lands between this check and the commit is caught by Hibernate's version check: either way the
   * caller gets a {@link ConcurrentEdit} and nothing of theirs is stored.
   */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public CohortSummary rename(UUID id, long versionRead, String newName) {
    Cohort cohort = find(id);
    cohort.requireVersion(versionRead);
    cohort.rename(newName);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEdit("cohort");
    }
    return CohortSummary.of(cohort);
  }

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public CohortSummary read(UUID id) {
    return CohortSummary.of(find(id));
  }

  /** Renames and reschedules a cohort the caller read at {@code versionRead}. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public CohortSummary edit(
      UUID id, long versionRead, String name, LocalDate startsOn, LocalDate endsOn) {
    Cohort cohort = find(id);
    cohort.requireVersion(versionRead);
    cohort.rename(name);
    cohort.schedule(startsOn, endsOn);
    return flushed(cohort);
  }

  /** An archived cohort stays in reports but takes no new enrolments. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public CohortSummary archive(UUID id, long versionRead) {
    Cohort cohort = find(id);
    cohort.requireVersion(versionRead);
    cohort.archive();
    return flushed(cohort);
  }

  /** Opens an archived cohort again; its program must be open. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public CohortSummary restore(UUID id, long versionRead) {
    Cohort cohort = find(id);
    cohort.requireVersion(versionRead);
    cohort.restore();
    return flushed(cohort);
  }

  private CohortSummary flushed(Cohort cohort) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEdit("cohort");
    }
    return CohortSummary.of(cohort);
  }

  private Cohort find(UUID id) {
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null) {
      throw new NoSuchRecord("cohort");
    }
    return cohort;
  }
}
