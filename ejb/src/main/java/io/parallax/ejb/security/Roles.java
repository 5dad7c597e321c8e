package io.parallax.ejb.security;

/** The realm roles of DESIGN §1, as the container knows them. */
public final class Roles {

  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String SCHOOL_ADMIN = "school-admin";
  public static final String SUPERVISOR = "supervisor";
  public static final String TRAINEE = "trainee";

  private Roles() {}
}
