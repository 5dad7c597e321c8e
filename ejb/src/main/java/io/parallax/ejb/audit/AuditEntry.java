package io.parallax.ejb.audit;

import io.parallax.domain.audit.AuditAction;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail as a person reads it: when, who (the member, by name; none for
 * someone who is not a member of the school, such as the operator), what they did, to which record
 * and whose record it is. Never the record's text.
 */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    AuditAction action,
    String recordType,
    UUID recordId,
    UUID actorId,
    String actorName,
    UUID ownerId,
    String ownerName)
    implements Serializable {

  /** The kind of record; {@code null} for a kind this version does not know. */
  public RecordKind kind() {
    return RecordKind.ofRecordType(recordType).orElse(null);
  }
}
