package io.parallax.ejb.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.EngagementContract;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.accreditation.ApprovalLocks;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Client sessions. A trainee logs and reads only their own, for their own clients; a supervisor
 * reads the sessions of a trainee assigned to them on the session's date; a school admin reads any
 * session of the school. The reflection is confidential: only its author reads it, and each read or
 * change of it is audited. A session on a day of a period submitted for approval, waiting or
 * approved, is locked: no session is logged, changed, deleted or restored on its days until the
 * trainee reopens the period ({@link ApprovalLocks}).
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class PracticeSessions {

  /** The start of an open period: before anyone logged a session. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject ApprovalLocks locks;
  @Resource SessionContext context;

  @RolesAllowed(Roles.TRAINEE)
  public UUID addClient(String code, PaymentBasis paymentBasis, boolean sponsored) {
    Client client = new Client(caller.requireMember(), code, paymentBasis, sponsored);
    requireUniqueCode(client.trainee(), client.code(), client.id());
    em.persist(client);
    return client.id();
  }

  /** One of the caller's own clients. */
  @RolesAllowed(Roles.TRAINEE)
  public ClientView client(UUID clientId) {
    return ClientView.of(ownClient(clientId));
  }

  /** Gives one of the caller's clients another code, payment basis or sponsorship. */
  @RolesAllowed(Roles.TRAINEE)
  public ClientView reviseClient(
      UUID clientId, long versionRead, String code, PaymentBasis paymentBasis, boolean sponsored) {
    Client client = ownClient(clientId);
    client.requireVersion(versionRead);
    requireUniqueCode(client.trainee(), code, client.id());
    client.rename(code);
    client.changePaymentBasis(paymentBasis);
    client.changeSponsorship(sponsored);
    em.flush();
    return ClientView.of(client);
  }

  /**
   * Removes a client logged by mistake. A client with sessions (deleted ones too) or contracts
   * stays: their hours count toward accreditation.
   */
  @RolesAllowed(Roles.TRAINEE)
  public void removeClient(UUID clientId, long versionRead) {
    Client client = ownClient(clientId);
    client.requireVersion(versionRead);
    long sessions =
        em.createNamedQuery(PracticeSession.COUNT_OF_CLIENT, Long.class)
            .setParameter("client", client)
            .getSingleResult();
    boolean contracted =
        !em.createNamedQuery(EngagementContract.OF_CLIENT, EngagementContract.class)
            .setParameter("client", client)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    require(sessions == 0 && !contracted, "client", "practiceSessions.client", client.code());
    em.remove(client);
  }

  /** The caller's own clients, by code. */
  @RolesAllowed(Roles.TRAINEE)
  public List<ClientView> clients() {
    return clientsOfCaller().getResultStream().map(ClientView::of).toList();
  }

  /** One listing of the caller's clients by code, paged in the database. */
  @RolesAllowed(Roles.TRAINEE)
  public Slice<ClientView> clients(Listing listing) {
    return Slice.of(clientsOfCaller(), listing, ClientView::of);
  }

  private TypedQuery<Client> clientsOfCaller() {
    return em.createNamedQuery(Client.OF_TRAINEE, Client.class)
        .setParameter("trainee", caller.requireMember());
  }

  /** Logs a session with everything the trainee noted about it, for one of their own clients. */
  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView log(SessionEntry entry) {
    require(entry != null, "session", "practiceSessions.session");
    Person me = caller.requireMember();
    Client client = ownClient(entry.clientId());
    calendar.requireNotAfterToday(
        entry.heldOn(), "heldOn", DomainRuleViolation.phrase("practiceSession.heldOn.what"));
    locks.requireOpen(me, entry.heldOn());
    PracticeSession session =
        new PracticeSession(
            me,
            client,
            entry.heldOn(),
            entry.minutes(),
            entry.contractingRatings(),
            entry.responsibilityShare());
    note(session, entry);
    em.persist(session);
    if (session.reflection().isPresent()) {
      audit.record(AuditAction.CREATE, session);
    }
    return PracticeSessionView.of(session, true);
  }

  /**
   * The author revises everything about one of their sessions, provided it is still at the version
   * they read. A session stays with its client.
   */
  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView revise(UUID sessionId, long versionRead, SessionEntry entry) {
    PracticeSession session = ownSession(sessionId);
    session.requireVersion(versionRead);
    require(entry != null, "session", "practiceSessions.session");
    require(
        entry.clientId() == null || entry.clientId().equals(session.client().id()),
        "clientId",
        "practiceSessions.clientId");
    calendar.requireNotAfterToday(
        entry.heldOn(), "heldOn", DomainRuleViolation.phrase("practiceSession.heldOn.what"));
    locks.requireOpen(session.trainee(), session.heldOn(), entry.heldOn());
    session.reschedule(entry.heldOn(), entry.minutes());
    session.rate(entry.contractingRatings());
    session.takeResponsibility(entry.responsibilityShare());
    note(session, entry);
    audit.record(AuditAction.UPDATE, session);
    em.flush();
    return PracticeSessionView.of(session, true);
  }

  /**
   * The caller's sessions held from {@code from} to {@code to} (inclusive; open ends when null),
   * latest first, {@code max} from position {@code first}. Lists leave the confidential reflection
   * out: {@link #read} shows it, audited.
   */
  @RolesAllowed(Roles.TRAINEE)
  public Slice<PracticeSessionView> mine(LocalDate from, LocalDate to, int first, int max) {
    LocalDate start = from == null ? EARLIEST : from;
    LocalDate end = to == null ? NotInTheFuture.latestToday() : to;
    require(!start.isAfter(end), "from", "practiceSessions.from", end);
    require(first >= 0 && max >= 1, "page", "practiceSessions.page");
    Person me = caller.requireMember();
    List<PracticeSessionView> items =
        em.createNamedQuery(PracticeSession.OF_TRAINEE_BETWEEN, PracticeSession.class)
            .setParameter("trainee", me)
            .setParameter("from", start)
            .setParameter("to", end)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultStream()
            .map(session -> PracticeSessionView.of(session, false))
            .toList();
    long total =
        em.createNamedQuery(PracticeSession.COUNT_OF_TRAINEE_BETWEEN, Long.class)
            .setParameter("trainee", me)
            .setParameter("from", start)
            .setParameter("to", end)
            .getSingleResult();
    return new Slice<>(items, total);
  }

  private static void note(PracticeSession session, SessionEntry entry) {
    if (entry.paymentBasis() != null) {
      session.chargeAs(entry.paymentBasis());
    }
    if (entry.groupSize() != null) {
      session.coachGroup(entry.groupSize());
    }
    session.markDrift(entry.driftMarkers());
    session.recontracted(
        entry.recontractingCount(), entry.recontractingMinute(), entry.recontractingNote());
    session.noticeRole(entry.dramaRole());
    session.reflect(entry.reflection());
  }

  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public PracticeSessionView read(UUID sessionId) {
    PracticeSession session = sessionId == null ? null : em.find(PracticeSession.class, sessionId);
    if (session == null || session.isDeleted() || !mayRead(session)) {
      throw new NoSuchRecord("client session");
    }
    boolean author = session.trainee().subject().equals(caller.subject());
    if (author && session.reflection().isPresent()) {
      audit.record(AuditAction.READ, session);
    }
    return PracticeSessionView.of(session, author);
  }

  private boolean mayRead(PracticeSession session) {
    if (session.trainee().subject().equals(caller.subject())) {
      return true;
    }
    if (context.isCallerInRole(Roles.SCHOOL_ADMIN)) {
      return true;
    }
    return context.isCallerInRole(Roles.SUPERVISOR)
        && !em.createNamedQuery(SupervisorAssignment.COVERING, SupervisorAssignment.class)
            .setParameter("supervisor", caller.requireMember())
            .setParameter("trainee", session.trainee())
            .setParameter("date", session.heldOn())
            .getResultList()
            .isEmpty();
  }

  /** Deletes one of the caller's sessions softly: {@link #restore} undoes it. */
  @RolesAllowed(Roles.TRAINEE)
  public void delete(UUID sessionId, long versionRead) {
    PracticeSession session = ownSession(sessionId);
    session.requireVersion(versionRead);
    locks.requireOpen(session.trainee(), session.heldOn());
    session.delete(Instant.now());
    audit.record(AuditAction.DELETE, session);
  }

  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView restore(UUID sessionId) {
    PracticeSession session = em.find(PracticeSession.class, sessionId);
    if (session == null || !session.trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("client session");
    }
    locks.requireOpen(session.trainee(), session.heldOn());
    session.restore();
    return PracticeSessionView.of(session, true);
  }

  private Client ownClient(UUID clientId) {
    Client client = clientId == null ? null : em.find(Client.class, clientId);
    if (client == null || !client.trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("client");
    }
    return client;
  }

  /** Checked before the code changes: a flush of a duplicate would hit the unique key. */
  private void requireUniqueCode(Person trainee, String code, UUID self) {
    if (code == null) {
      return;
    }
    boolean taken =
        em.createNamedQuery(Client.OF_TRAINEE_WITH_CODE, Client.class)
            .setParameter("trainee", trainee)
            .setParameter("code", code.strip())
            .getResultStream()
            .anyMatch(other -> !other.id().equals(self));
    require(!taken, "code", "practiceSessions.code");
  }

  private PracticeSession ownSession(UUID sessionId) {
    PracticeSession session = sessionId == null ? null : em.find(PracticeSession.class, sessionId);
    if (session == null
        || session.isDeleted()
        || !session.trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("client session");
    }
    return session;
  }
}
