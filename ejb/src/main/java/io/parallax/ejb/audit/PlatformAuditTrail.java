package io.parallax.ejb.audit;

import io.parallax.domain.audit.PlatformAction;
import io.parallax.domain.audit.PlatformAuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes one {@link PlatformAuditEvent} per platform admin action across schools, in the caller's
 * transaction: an action that fails leaves no entry, and none succeeds unrecorded.
 */
@RequestScoped
public class PlatformAuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Principal principal;

  private final Clock clock = Clock.systemUTC();

  /** {@code action} on school {@code schoolId} (null: on the list of every school). */
  public void record(PlatformAction action, String schoolId) {
    em.persist(new PlatformAuditEvent(principal.getName(), action, schoolId, Instant.now(clock)));
  }
}
