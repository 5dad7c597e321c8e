package io.parallax.ejb.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;

/**
 * The Keycloak organizations (aliases) named by the current caller's credentials: the {@code
 * organization} claim of their token. An API caller's verified bearer token travels as the {@link
 * OrganizationMember} principal of the security context; a page caller's identity token is in the
 * OpenID Connect context of their session. Both are the container's, so the lookup works from the
 * EJB module in a WAR and in an EAR alike. Without a caller (a timer) there is no organization.
 */
@ApplicationScoped
public class CallerOrganizations {

  private static final String CLAIM = "organization";

  @Inject SecurityContext security;
  @Inject Instance<OpenIdContext> openId;

  public List<String> aliases() {
    var members = security.getPrincipalsByType(OrganizationMember.class);
    if (!members.isEmpty()) {
      return members.iterator().next().organizations();
    }
    return identityTokenClaim();
  }

  private List<String> identityTokenClaim() {
    try {
      if (security.getCallerPrincipal() == null || !openId.isResolvable()) {
        return List.of();
      }
      OpenIdContext context = openId.get();
      if (context.getIdentityToken() == null) {
        return List.of();
      }
      List<String> aliases = context.getIdentityToken().getJwtClaims().getArrayStringClaim(CLAIM);
      return aliases == null ? List.of() : aliases;
    } catch (ContextNotActiveException noSession) {
      return List.of();
    }
  }
}
