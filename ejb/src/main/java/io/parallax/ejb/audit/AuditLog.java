package io.parallax.ejb.audit;

import io.parallax.domain.school.Person;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * The school's audit trail read back: who read or changed which confidential record, when, newest
 * first, filtered ({@link AuditFilter}) and paged in the database. The actor and the person whose
 * record it is are joined by name; the record's text is never part of it. School admins read the
 * whole school's trail; every member reads the trail of their own records.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class AuditLog {

  /**
   * The trail with its actor ({@code a}, a member found by subject) and the person the record is
   * about: the trainee of a client session ({@code pt}), the supervisee of a supervision session
   * ({@code st}, its supervisor {@code su}), or the member record itself ({@code pm}).
   */
  static final String FROM =
      " from AuditEvent e"
          + " left join Person a on a.subject = e.actor"
          + " left join PracticeSession ps on ps.id = e.recordId left join ps.trainee pt"
          + " left join SupervisionSession ss on ss.id = e.recordId"
          + " left join ss.supervisee st left join ss.supervisor su"
          + " left join Person pm on pm.id = e.recordId and e.recordType = 'Person'";

  static final String SELECT =
      "select new io.parallax.ejb.audit.AuditEntry(e.id, e.occurredAt, e.action, e.recordType,"
          + " e.recordId, a.id, a.displayName, coalesce(pt.id, st.id, pm.id),"
          + " coalesce(pt.displayName, st.displayName, pm.displayName))";

  /** The records of the member {@code :me}: theirs as trainee, supervisee, author or member. */
  static final String MINE = "(pt.id = :me or st.id = :me or su.id = :me or pm.id = :me)";

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject Caller caller;

  /** The school's trail, filtered by {@code listing}'s filters (see {@link AuditFilter}). */
  @RolesAllowed(Roles.SCHOOL_ADMIN)
  public Slice<AuditEntry> page(Listing listing) {
    return slice(AuditFilter.of(listing.filters()).conditions(calendar.zone()), listing);
  }

  /** Who read or changed the caller's own records (their sessions, their member record). */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public Slice<AuditEntry> mine(Listing listing) {
    Person me = caller.requireMember();
    return slice(
        AuditFilter.of(listing.filters())
            .conditions(calendar.zone())
            .and(MINE, Map.of("me", me.id())),
        listing);
  }

  /** The trail of the member {@code person}'s records, whole, oldest first (their data export). */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public List<AuditEntry> of(Person person) {
    return em.createQuery(
            SELECT + FROM + " where " + MINE + " order by e.occurredAt, e.id", AuditEntry.class)
        .setParameter("me", person.id())
        .getResultList();
  }

  private Slice<AuditEntry> slice(AuditFilter.Conditions conditions, Listing listing) {
    TypedQuery<Long> count =
        em.createQuery("select count(e)" + FROM + conditions.clause(), Long.class);
    conditions.parameters().forEach(count::setParameter);
    long total = count.getSingleResult();
    if (listing.size() == 0 || listing.first() >= total) {
      return new Slice<>(List.of(), total);
    }
    TypedQuery<AuditEntry> rows =
        em.createQuery(
            SELECT + FROM + conditions.clause() + " order by e.occurredAt desc, e.id",
            AuditEntry.class);
    conditions.parameters().forEach(rows::setParameter);
    return new Slice<>(
        rows.setFirstResult(listing.first()).setMaxResults(listing.size()).getResultList(), total);
  }
}
