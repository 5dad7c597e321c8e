package io.parallax.ejb.accreditation;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.school.Person;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Supervisor approval of a trainee's log: the trainee submits a period (not after the school's
 * today) to the supervisor assigned to them for the whole of it; that supervisor approves it or
 * returns it with a comment; the trainee reopens a waiting or approved period to correct it, or
 * submits a returned one again. Each submission, decision and reopening is audited. A submission
 * exists only for its trainee and the supervisor it went to (404 for everyone else).
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SUPERVISOR, Roles.TRAINEE})
public class HourSubmissions {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SchoolCalendar calendar;
  @Inject AuditTrail audit;
  @Inject ApprovalLocks locks;

  /** The caller submits {@code from}–{@code to} of their log. */
  @RolesAllowed(Roles.TRAINEE)
  public HourSubmissionView submit(LocalDate from, LocalDate to) {
    Person me = caller.requireMember();
    require(from != null, "from", "hourSubmission.from");
    calendar.requireNotAfterToday(to, "to", DomainRuleViolation.phrase("hourSubmission.to.what"));
    require(!to.isBefore(from), "to", "hourSubmission.to.order", from, to);
    HourSubmission s =
        new HourSubmission(me, supervisorFor(me, from, to), from, to, locks.holding(me), now());
    em.persist(s);
    audit.record(AuditAction.CREATE, s);
    em.flush();
    return view(s);
  }

  /**
   * The supervisor assigned to {@code trainee} for the whole period; of several, the latest
   * assigned.
   */
  private Person supervisorFor(Person trainee, LocalDate from, LocalDate to) {
    List<Person> assigned =
        em.createQuery(
                "select a.supervisor from SupervisorAssignment a where a.trainee = :trainee"
                    + " and a.startsOn <= :from and (a.endsOn is null or a.endsOn >= :to)"
                    + " order by a.startsOn desc, a.id",
                Person.class)
            .setParameter("trainee", trainee)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(1)
            .getResultList();
    require(!assigned.isEmpty(), "from", "hourSubmission.noSupervisor", from, to);
    return assigned.get(0);
  }

  /** The caller's submissions, latest period first. */
  @RolesAllowed(Roles.TRAINEE)
  public List<HourSubmissionView> mine() {
    return em.createNamedQuery(HourSubmission.OF_TRAINEE, HourSubmission.class)
        .setParameter("trainee", caller.requireMember())
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** The submissions waiting for the calling supervisor, oldest first. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<HourSubmissionView> waiting() {
    return em.createNamedQuery(HourSubmission.WAITING_FOR, HourSubmission.class)
        .setParameter("supervisor", caller.requireMember())
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** One submission, for its trainee or the supervisor it went to. */
  @RolesAllowed({Roles.SUPERVISOR, Roles.TRAINEE})
  public HourSubmissionView read(UUID id) {
    HourSubmission s = find(id);
    Person me = caller.requireMember();
    if (!s.trainee().id().equals(me.id()) && !s.mayDecide(me)) {
      throw new NoSuchRecord("submission");
    }
    return view(s);
  }

  /** The supervisor it went to approves a waiting period (comment optional). */
  @RolesAllowed(Roles.SUPERVISOR)
  public HourSubmissionView approve(UUID id, String comment) {
    HourSubmission s = toDecide(id);
    s.approve(caller.requireMember(), comment, now());
    return decided(s, AuditAction.APPROVE);
  }

  /** The supervisor it went to returns a waiting period, saying what to correct. */
  @RolesAllowed(Roles.SUPERVISOR)
  public HourSubmissionView returnWith(UUID id, String comment) {
    HourSubmission s = toDecide(id);
    s.returnWith(caller.requireMember(), comment, now());
    return decided(s, AuditAction.RETURN);
  }

  /**
   * The trainee takes a waiting or approved period back: its entries open, its hours stop counting.
   */
  @RolesAllowed(Roles.TRAINEE)
  public HourSubmissionView reopen(UUID id) {
    HourSubmission s = find(id);
    Person me = caller.requireMember();
    if (!s.trainee().id().equals(me.id())) {
      throw new NoSuchRecord("submission");
    }
    s.reopen(me, now());
    return decided(s, AuditAction.REOPEN);
  }

  private HourSubmission toDecide(UUID id) {
    HourSubmission s = find(id);
    if (!s.mayDecide(caller.requireMember())) {
      throw new NoSuchRecord("submission");
    }
    return s;
  }

  /** Audits the decision by its own name (approved, returned, reopened), not as a mere change. */
  private HourSubmissionView decided(HourSubmission s, AuditAction decision) {
    audit.record(decision, s);
    em.flush();
    return view(s);
  }

  /** The submission with what its trainee logged in its period. */
  HourSubmissionView view(HourSubmission s) {
    Object[] clients =
        em.createQuery(
                "select count(p), coalesce(sum(p.minutes), 0) from PracticeSession p"
                    + " where p.trainee = :trainee and p.deletedAt is null"
                    + " and p.heldOn between :from and :to",
                Object[].class)
            .setParameter("trainee", s.trainee())
            .setParameter("from", s.fromOn())
            .setParameter("to", s.toOn())
            .getSingleResult();
    return HourSubmissionView.of(
        s,
        new HourSubmissionView.Logged(
            ((Number) clients[0]).longValue(),
            ((Number) clients[1]).longValue(),
            minutes("MentorCoaching", s),
            minutes("CpdEntry", s)));
  }

  private long minutes(String entity, HourSubmission s) {
    return em.createQuery(
                    "select coalesce(sum(e.minutes), 0) from "
                        + entity
                        + " e where e.trainee = :trainee and e.heldOn between :from and :to",
                    Object.class)
                .setParameter("trainee", s.trainee())
                .setParameter("from", s.fromOn())
                .setParameter("to", s.toOn())
                .getSingleResult()
            instanceof Number n
        ? n.longValue()
        : 0;
  }

  private HourSubmission find(UUID id) {
    HourSubmission s = id == null ? null : em.find(HourSubmission.class, id);
    if (s == null) {
      throw new NoSuchRecord("submission");
    }
    return s;
  }

  private static Instant now() {
    return Instant.now();
  }
}
