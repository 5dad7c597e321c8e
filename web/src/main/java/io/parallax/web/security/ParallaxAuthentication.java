package io.parallax.web.security;

import io.parallax.ejb.tenancy.OrganizationMember;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism;

/**
 * The one authentication mechanism of the deployable: REST calls ({@code /api/...}) authenticate
 * with a bearer access token, checked by {@link BearerTokens}; everything else is handed to the
 * OpenID Connect code flow of {@link ParallaxLogin}. A verified token's caller is an {@link
 * OrganizationMember}, which the services read their school from. An API call with a missing,
 * expired, tampered or foreign token gets 401 with a problem+json body, never a login redirect.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ParallaxAuthentication implements HttpAuthenticationMechanism {

  private static final Logger LOG = Logger.getLogger(ParallaxAuthentication.class.getName());

  @Inject BearerTokens tokens;
  @Inject Instance<OpenIdAuthenticationMechanism> openId;
  @Inject Instance<OpenIdContext> openIdContext;

  /** A request attribute: this page request was signed in from the session's {@link SignedIn}. */
  private static final String FROM_SESSION = SignedIn.class.getName() + ".fromSession";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.apply(request, response);
    if (!isApi(request)) {
      return page(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return context.isProtected()
          ? refuse(response, "Send an access token of the Parallax realm: Authorization: Bearer …")
          : context.doNothing();
    }
    try {
      VerifiedToken token = tokens.verify(authorization.substring(7).trim());
      return context.notifyContainerAboutLogin(
          new OrganizationMember(token.subject(), token.organizations()), token.roles());
    } catch (TokenRefused refused) {
      LOG.fine(() -> "Bearer token refused: " + refused.getMessage());
      return refuse(response, refused.getMessage());
    }
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return isApi(request) || request.getAttribute(FROM_SESSION) != null
        ? AuthenticationStatus.SUCCESS
        : openId.get().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request) || request.getAttribute(FROM_SESSION) != null) {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    } else {
      openId.get().cleanSubject(request, response, context);
    }
  }

  /**
   * A page request: the caller signed in on any node of the cluster is recognised from the {@link
   * SignedIn} their session carries; everyone else goes through the OpenID Connect code flow, whose
   * success is then kept in the session.
   */
  private AuthenticationStatus page(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Optional<SignedIn> signedIn = SignedIn.of(request);
    if (signedIn.isPresent() && !request.getServletPath().equals("/callback")) {
      request.setAttribute(FROM_SESSION, Boolean.TRUE);
      return context.notifyContainerAboutLogin(signedIn.get().member(), signedIn.get().roles());
    }
    AuthenticationStatus status = openId.get().validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
      identityToken()
          .map(
              token ->
                  new SignedIn(
                      context.getCallerPrincipal().getName(),
                      organizations(token),
                      context.getGroups() == null ? Set.of() : context.getGroups(),
                      token.getToken()))
          .ifPresent(kept -> kept.keepIn(request));
    }
    return status;
  }

  private Optional<IdentityToken> identityToken() {
    try {
      return openIdContext.isResolvable()
          ? Optional.ofNullable(openIdContext.get().getIdentityToken())
          : Optional.empty();
    } catch (ContextNotActiveException noSession) {
      return Optional.empty();
    }
  }

  private static List<String> organizations(IdentityToken token) {
    List<String> aliases = token.getJwtClaims().getArrayStringClaim("organization");
    return aliases == null ? List.of() : aliases;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"parallax\", error=\"invalid_token\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":"
                  + jakarta.json.Json.createValue(detail)
                  + ",\"field\":\"Authorization\"}");
    } catch (IOException e) {
      LOG.fine(() -> "Could not write the 401 body: " + e.getMessage());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
