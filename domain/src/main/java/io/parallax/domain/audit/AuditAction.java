package io.parallax.domain.audit;

/** What was done to a confidential record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE
}
