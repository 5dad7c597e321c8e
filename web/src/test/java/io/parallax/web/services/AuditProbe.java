package io.parallax.web.services;

import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Test-only reader of the audit trail, for {@link ServicesIT}. */
@Stateless
public class AuditProbe {

  @PersistenceContext EntityManager em;

  public long count(UUID recordId, AuditAction action) {
    return em.createNamedQuery(AuditEvent.OF_RECORD, AuditEvent.class)
        .setParameter("recordId", recordId)
        .getResultStream()
        .filter(event -> event.action() == action)
        .count();
  }
}
