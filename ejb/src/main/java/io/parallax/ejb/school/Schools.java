package io.parallax.ejb.school;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.audit.PlatformAction;
import io.parallax.domain.school.School;
import io.parallax.domain.school.SchoolStatus;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.PlatformAuditTrail;
import io.parallax.ejb.listing.Columns;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.PlatformWork;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Platform work on schools themselves (the tenants). A school row is not owned by a school, so
 * these calls need no bound school (see {@link PlatformWork}). Listing, suspending and reactivating
 * are the platform admin's; {@link #register} is called by onboarding and the demo seed only, and
 * {@link #status} by the school binding of every call.
 */
@Stateless
@PlatformWork
@DeclareRoles(Roles.PLATFORM_ADMIN)
public class Schools {

  /** The schools list's columns; by name unless sorted. */
  static final Columns COLUMNS =
      Columns.orderedBy("lower(s.name)", "s.id")
          .text("id", "s.id")
          .text("name", "s.name")
          .choice("status", "s.status", SchoolStatus.class);

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject PlatformAuditTrail audit;

  @PermitAll
  public boolean exists(String id) {
    return em.find(School.class, id) != null;
  }

  @PermitAll
  public Optional<String> name(String id) {
    return Optional.ofNullable(em.find(School.class, id)).map(School::name);
  }

  /**
   * Read outside the caller's transaction: the school binding asks before it claims that
   * transaction for the school.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<SchoolStatus> status(String id) {
    return Optional.ofNullable(em.find(School.class, id)).map(School::status);
  }

  /** The zone the school has chosen to work in; empty for none (see {@link SchoolCalendar}). */
  @PermitAll
  public Optional<ZoneId> timeZone(String id) {
    return Optional.ofNullable(em.find(School.class, id)).flatMap(School::timeZone);
  }

  @PermitAll
  public void register(String id, String name) {
    register(id, name, null);
  }

  /** Registers a school working in {@code timeZone} (blank or null: the default zone). */
  @PermitAll
  public void register(String id, String name, String timeZone) {
    require(!exists(id), "id", "schools.id", id);
    School school = new School(id, name);
    school.workIn(timeZone);
    em.persist(school);
    em.flush();
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public SchoolSummary summary(String id) {
    School school = find(id);
    audit.record(PlatformAction.READ, school.id());
    return summaryOf(school);
  }

  /**
   * One page of every school, filtered and sorted by {@link #COLUMNS}: schools are not owned by a
   * school, so the platform admin sees them all.
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public Slice<SchoolSummary> page(Listing listing) {
    if (listing.size() > 0) {
      audit.record(PlatformAction.LIST, null);
    }
    return COLUMNS
        .slice(em, "select s from School s", "select count(s) from School s", School.class, listing)
        .map(this::summaryOf);
  }

  /** Members of a suspended school can no longer work in Parallax; its records stay. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public SchoolSummary suspend(String id, long versionRead) {
    School school = find(id);
    school.requireVersion(versionRead);
    school.suspend();
    audit.record(PlatformAction.SUSPEND, school.id());
    return summaryOf(school);
  }

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public SchoolSummary reactivate(String id, long versionRead) {
    School school = find(id);
    school.requireVersion(versionRead);
    school.reactivate();
    audit.record(PlatformAction.REACTIVATE, school.id());
    return summaryOf(school);
  }

  private SchoolSummary summaryOf(School school) {
    return SchoolSummary.of(school, calendar.defaultZone());
  }

  private School find(String id) {
    School school = id == null ? null : em.find(School.class, id);
    if (school == null) {
      throw new NoSuchRecord("school");
    }
    return school;
  }
}
