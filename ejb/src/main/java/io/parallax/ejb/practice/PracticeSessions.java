package io.parallax.ejb.practice;

import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.audit.AuditTrail;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Client sessions. A trainee logs and reads only their own, for their own clients; a supervisor
 * reads the sessions of a trainee assigned to them on the session's date; a school admin reads any
 * session of the school. The reflection is confidential: only its author reads it, and each read or
 * change of it is audited.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class PracticeSessions {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Resource SessionContext context;

  @RolesAllowed(Roles.TRAINEE)
  public UUID addClient(String code, PaymentBasis paymentBasis, boolean sponsored) {
    Client client = new Client(caller.requireMember(), code, paymentBasis, sponsored);
    em.persist(client);
    return client.id();
  }

  /** The caller's own clients, by code. */
  @RolesAllowed(Roles.TRAINEE)
  public List<ClientView> clients() {
    return em.createNamedQuery(Client.OF_TRAINEE, Client.class)
        .setParameter("trainee", caller.requireMember())
        .getResultStream()
        .map(ClientView::of)
        .toList();
  }

  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView log(
      UUID clientId,
      LocalDate heldOn,
      int minutes,
      ContractingRatings ratings,
      int responsibilityShare,
      String reflection) {
    Person me = caller.requireMember();
    Client client = clientId == null ? null : em.find(Client.class, clientId);
    if (client == null || !client.trainee().id().equals(me.id())) {
      throw new NoSuchRecord("client");
    }
    PracticeSession session =
        new PracticeSession(me, client, heldOn, minutes, ratings, responsibilityShare);
    session.reflect(reflection);
    em.persist(session);
    if (session.reflection().isPresent()) {
      audit.record(AuditAction.CREATE, session);
    }
    return PracticeSessionView.of(session, true);
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

  /**
   * The author revises the contracting of one of their sessions and its reflection, provided it is
   * still at the version they read.
   */
  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView revise(
      UUID sessionId,
      long versionRead,
      ContractingRatings ratings,
      int responsibilityShare,
      String reflection) {
    PracticeSession session = ownSession(sessionId);
    session.requireVersion(versionRead);
    session.rate(ratings);
    session.takeResponsibility(responsibilityShare);
    session.reflect(reflection);
    audit.record(AuditAction.UPDATE, session);
    em.flush();
    return PracticeSessionView.of(session, true);
  }

  /** Deletes one of the caller's sessions softly: {@link #restore} undoes it. */
  @RolesAllowed(Roles.TRAINEE)
  public void delete(UUID sessionId, long versionRead) {
    PracticeSession session = ownSession(sessionId);
    session.requireVersion(versionRead);
    session.delete(Instant.now());
    audit.record(AuditAction.DELETE, session);
  }

  @RolesAllowed(Roles.TRAINEE)
  public PracticeSessionView restore(UUID sessionId) {
    PracticeSession session = em.find(PracticeSession.class, sessionId);
    if (session == null || !session.trainee().subject().equals(caller.subject())) {
      throw new NoSuchRecord("client session");
    }
    session.restore();
    return PracticeSessionView.of(session, true);
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
