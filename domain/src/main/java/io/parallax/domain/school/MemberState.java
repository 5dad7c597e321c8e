package io.parallax.domain.school;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a member stands in their school, as the school admin sees it: invited (the e-mail went out
 * and its link still works), invitation expired (the link's lifespan is over and nobody followed
 * it: re-send or cancel), active (they followed the link and set a password, or their account
 * predates invitations) or deactivated (they left; records stay).
 */
public enum MemberState {
  INVITED,
  INVITATION_EXPIRED,
  ACTIVE,
  DEACTIVATED;

  /**
   * The rule: deactivation wins; a member who joined, or was never invited through Parallax, is
   * active; otherwise the invitation is pending until {@code invitedAt + lifespan}, expired from
   * then on.
   */
  public static MemberState of(
      PersonStatus status, Instant invitedAt, Instant joinedAt, Instant now, Duration lifespan) {
    if (status == PersonStatus.DEACTIVATED) {
      return DEACTIVATED;
    }
    if (joinedAt != null || invitedAt == null) {
      return ACTIVE;
    }
    return now.isBefore(invitedAt.plus(lifespan)) ? INVITED : INVITATION_EXPIRED;
  }

  /** An invitation nobody has followed yet, working or expired: it can be re-sent or cancelled. */
  public boolean isPending() {
    return this == INVITED || this == INVITATION_EXPIRED;
  }
}
