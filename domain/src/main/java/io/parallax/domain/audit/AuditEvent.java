package io.parallax.domain.audit;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One access to a confidential record: who (Keycloak subject), what they did, to which record,
 * when. Written, never changed.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.OF_RECORD,
    query = "select e from AuditEvent e where e.recordId = :recordId order by e.occurredAt")
public class AuditEvent extends SchoolOwned {

  /** The audit trail of one record, oldest first. */
  public static final String OF_RECORD = "AuditEvent.ofRecord";

  @Column(name = "actor_subject", nullable = false, updatable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private AuditAction action;

  @Column(name = "record_type", nullable = false, updatable = false, length = 64)
  private String recordType;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected AuditEvent() {}

  public AuditEvent(
      String actor, AuditAction action, Class<?> recordType, UUID recordId, Instant occurredAt) {
    this.actor = Text.required(actor, 64, "actor", "auditEvent.rule.missing");
    require(action != null, "action", "auditEvent.action");
    require(recordType != null && recordId != null, "record", "auditEvent.record");
    require(occurredAt != null, "occurredAt", "auditEvent.occurredAt");
    this.action = action;
    this.recordType = recordType.getSimpleName();
    this.recordId = recordId;
    this.occurredAt = occurredAt;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String recordType() {
    return recordType;
  }

  public UUID recordId() {
    return recordId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
