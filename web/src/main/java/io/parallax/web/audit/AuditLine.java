package io.parallax.web.audit;

import io.parallax.ejb.audit.AuditEntry;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit entry as the API answers it: codes for programs, words for people (in the request's
 * language).
 */
public record AuditLine(
    UUID id,
    Instant occurredAt,
    String action,
    String actionName,
    String recordKind,
    String recordKindName,
    UUID recordId,
    UUID actorId,
    String actor,
    UUID ownerId,
    String owner) {

  static AuditLine of(AuditEntry e, AuditWords words) {
    return new AuditLine(
        e.id(),
        e.occurredAt(),
        e.action().name(),
        words.action(e.action()),
        e.kind() == null ? e.recordType() : e.kind().name(),
        words.kind(e),
        e.recordId(),
        e.actorId(),
        words.actor(e),
        e.ownerId(),
        e.ownerName());
  }
}
