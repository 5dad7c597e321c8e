package io.parallax.domain.school;

/** What a member does in their school; mirrors the Keycloak realm roles of the same names. */
public enum MemberRole {
  SCHOOL_ADMIN,
  SUPERVISOR,
  TRAINEE
}
