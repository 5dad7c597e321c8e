package io.parallax.web.security;

import io.parallax.ejb.tenancy.OrganizationMember;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    SecurityHeaders.apply(request, response);
    if (!isApi(request)) {
      return openId.get().validateRequest(request, response, context);
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
    return isApi(request)
        ? AuthenticationStatus.SUCCESS
        : openId.get().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    } else {
      openId.get().cleanSubject(request, response, context);
    }
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
