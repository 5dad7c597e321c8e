package io.parallax.web.callers;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * Test-only: what the container says of the caller (principal and role) inside a service, so tests
 * prove that callers established through the container reach the services as themselves.
 */
@Stateless
@DeclareRoles({"trainee", "supervisor"})
public class CallerProbe {
  @Resource SessionContext context;

  @RolesAllowed("trainee")
  public String whoAmIAsTrainee() {
    return context.getCallerPrincipal().getName() + ":" + context.isCallerInRole("trainee");
  }

  @RolesAllowed("supervisor")
  public String whoAmIAsSupervisor() {
    return context.getCallerPrincipal().getName();
  }
}
