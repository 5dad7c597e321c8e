package io.parallax.domain.audit;

/** What a platform admin did across schools. */
public enum PlatformAction {
  /** Brought a school on board. */
  ONBOARD,
  SUSPEND,
  REACTIVATE,
  /** Read one school's record. */
  READ,
  /** Read the list of every school. */
  LIST
}
