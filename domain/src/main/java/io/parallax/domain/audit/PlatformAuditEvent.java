package io.parallax.domain.audit;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One platform admin action that crosses schools: who (Keycloak subject), what, on which school
 * (none for a read of the whole list), when. Not owned by a school: the platform admin reads these,
 * school admins never do. Written, never changed.
 */
@Entity
@Table(name = "platform_audit_event")
public class PlatformAuditEvent {

  @Id private UUID id = UUID.randomUUID();

  @Version private long version;

  @Column(name = "actor_subject", nullable = false, updatable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private PlatformAction action;

  @Column(name = "school_id", updatable = false, length = 64)
  private String schoolId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected PlatformAuditEvent() {}

  public PlatformAuditEvent(
      String actor, PlatformAction action, String schoolId, Instant occurredAt) {
    this.actor = Text.required(actor, 64, "actor", "auditEvent.rule.missing");
    require(action != null, "action", "auditEvent.action");
    require(occurredAt != null, "occurredAt", "auditEvent.occurredAt");
    this.action = action;
    this.schoolId = schoolId;
    this.occurredAt = occurredAt;
  }

  public UUID id() {
    return id;
  }

  public String actor() {
    return actor;
  }

  public PlatformAction action() {
    return action;
  }

  public String schoolId() {
    return schoolId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
