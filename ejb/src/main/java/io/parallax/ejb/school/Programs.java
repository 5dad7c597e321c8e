package io.parallax.ejb.school;

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
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** The school's programs (accreditation tracks), managed by its school admins. */
@Stateless
@SchoolBound
@DeclareRoles(Roles.SCHOOL_ADMIN)
public class Programs {

  /** The programs list's columns; by name unless sorted. */
  static final Columns COLUMNS =
      Columns.orderedBy("lower(p.name)", "p.id")
          .text("name", "p.name")
          .text("description", "p.description")
          .choice("status", "p.status", CohortStatus.class);

  @PersistenceContext EntityManager em;

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public UUID open(String name, String description) {
    Program program = new Program(name, description);
    em.persist(program);
    return program.id();
  }

  /** One page of the school's programs, filtered and sorted by {@link #COLUMNS}. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<ProgramSummary> page(Listing listing) {
    return COLUMNS
        .slice(
            em, "select p from Program p", "select count(p) from Program p", Program.class, listing)
        .map(ProgramSummary::of);
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ProgramSummary read(UUID id) {
    return ProgramSummary.of(find(id));
  }

  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ProgramSummary edit(UUID id, long versionRead, String name, String description) {
    Program program = find(id);
    program.requireVersion(versionRead);
    program.edit(name, description);
    em.flush();
    return ProgramSummary.of(program);
  }

  /** An archived program keeps its cohorts but opens no new ones. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ProgramSummary archive(UUID id, long versionRead) {
    Program program = find(id);
    program.requireVersion(versionRead);
    program.archive();
    em.flush();
    return ProgramSummary.of(program);
  }

  /** Opens an archived program again: it may open cohorts. */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public ProgramSummary restore(UUID id, long versionRead) {
    Program program = find(id);
    program.requireVersion(versionRead);
    program.restore();
    em.flush();
    return ProgramSummary.of(program);
  }

  private Program find(UUID id) {
    Program program = id == null ? null : em.find(Program.class, id);
    if (program == null) {
      throw new NoSuchRecord("program");
    }
    return program;
  }
}
