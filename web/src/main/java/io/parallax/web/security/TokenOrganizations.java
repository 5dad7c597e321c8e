package io.parallax.web.security;

import io.parallax.ejb.tenancy.CallerOrganizations;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The caller's organizations from the token of this request: the verified bearer token of an API
 * call, or the identity token of the page session.
 */
@RequestScoped
public class TokenOrganizations implements CallerOrganizations {

  @Inject HttpServletRequest request;
  @Inject Instance<OpenIdContext> openId;

  @Override
  public List<String> aliases() {
    try {
      if (request.getAttribute(VerifiedToken.ATTRIBUTE) instanceof VerifiedToken token) {
        return token.organizations();
      }
      if (request.getUserPrincipal() == null || !openId.isResolvable()) {
        return List.of();
      }
      OpenIdContext context = openId.get();
      if (context.getIdentityToken() == null) {
        return List.of();
      }
      return context.getIdentityToken().getJwtClaims().getArrayStringClaim("organization");
    } catch (ContextNotActiveException noRequest) {
      return List.of();
    }
  }
}
