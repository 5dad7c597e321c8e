package io.parallax.ejb.audit;

import io.parallax.domain.audit.PlatformAction;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One platform admin action as the platform admin reads it: when, who (their name in Keycloak,
 * their subject when Keycloak no longer knows them), what, on which school (by id and name).
 */
public record PlatformAuditEntry(
    UUID id,
    Instant occurredAt,
    String actor,
    String actorName,
    PlatformAction action,
    String schoolId,
    String schoolName)
    implements Serializable {

  public PlatformAuditEntry named(String name) {
    return new PlatformAuditEntry(id, occurredAt, actor, name, action, schoolId, schoolName);
  }
}
