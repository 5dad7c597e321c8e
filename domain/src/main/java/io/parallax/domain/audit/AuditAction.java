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
  ERASE,
  /** A supervisor approved a trainee's submitted period: its hours count from now on. */
  APPROVE,
  /** A supervisor returned a trainee's submitted period with a comment on what to correct. */
  RETURN,
  /** A trainee took a waiting or approved period back: its hours stop counting. */
  REOPEN
}
