package io.parallax.ejb.audit;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.audit.AuditEvent;
import io.parallax.ejb.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes one {@link AuditEvent} per access to a confidential record, in the caller's transaction:
 * if the access fails, so does its audit entry, and no access goes unrecorded. It names the record,
 * never its text.
 */
@RequestScoped
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;

  private final Clock clock = Clock.systemUTC();

  public void record(AuditAction action, SchoolOwned record) {
    em.persist(
        new AuditEvent(
            caller.subject(), action, record.getClass(), record.id(), Instant.now(clock)));
  }
}
