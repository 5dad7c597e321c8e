package io.parallax.ejb.tenancy;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.List;

/**
 * The caller as a verified bearer token names them: their subject (the principal's name) and the
 * Keycloak organizations (aliases) of its {@code organization} claim. The authentication mechanism
 * hands it to the container at login, so every module of the deployable (the WAR's resources and
 * the EJB module's services alike, in a WAR or an EAR) finds it in the caller's security context.
 */
public class OrganizationMember extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final List<String> organizations;

  public OrganizationMember(String subject, List<String> organizations) {
    super(subject);
    this.organizations = List.copyOf(organizations);
  }

  public List<String> organizations() {
    return organizations;
  }
}
