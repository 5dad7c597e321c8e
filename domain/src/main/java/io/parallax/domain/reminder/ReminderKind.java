package io.parallax.domain.reminder;

import io.parallax.domain.school.MemberRole;

/** The reminders Parallax sends, each to the members of one role. */
public enum ReminderKind {
  /** A trainee has logged no client session for the school's idle days. */
  IDLE_TRAINEE(MemberRole.TRAINEE),
  /** A supervisor has hour submissions waiting for a decision longer than the school's days. */
  WAITING_SUBMISSIONS(MemberRole.SUPERVISOR),
  /** A school admin's weekly digest of the readiness of the cohorts that lead to a track. */
  READINESS_DIGEST(MemberRole.SCHOOL_ADMIN);

  private final MemberRole role;

  ReminderKind(MemberRole role) {
    this.role = role;
  }

  /** The role whose members receive this reminder. */
  public MemberRole role() {
    return role;
  }
}
