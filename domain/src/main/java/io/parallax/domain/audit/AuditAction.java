package io.parallax.domain.audit;

/** What was done to a confidential record. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  /** A member downloaded everything Parallax holds about them. */
  EXPORT,
  /** A school admin erased a departed member (personal fields pseudonymised). */
  ERASE
}
