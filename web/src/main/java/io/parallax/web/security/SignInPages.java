package io.parallax.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The two addresses of signing in and out. {@code /callback} is where Keycloak returns after login
 * (the OpenID mechanism has signed the caller in by then; they go on to their home page). {@code
 * /logout} ends the Parallax session and then the Keycloak session, by sending the browser to the
 * realm's end-session endpoint with the identity token as hint; Keycloak sends it back to the
 * landing page.
 */
@WebServlet(urlPatterns = {"/callback", "/logout"})
public class SignInPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient IdentitySettings settings;
  @Inject transient OpenIdContext openId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (!request.getServletPath().equals("/logout")) {
      response.sendRedirect(request.getContextPath() + "/home.xhtml");
      return;
    }
    String idToken = identityToken(request);
    // The page login lives in the session (the OpenID context is session scoped); ending the
    // session
    // ends it. request.logout() would let the OpenID mechanism answer the request itself.
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    String landing = baseUrl(request) + "/";
    response.sendRedirect(
        idToken == null
            ? landing
            : settings.getIssuer()
                + "/protocol/openid-connect/logout?id_token_hint="
                + encode(idToken)
                + "&post_logout_redirect_uri="
                + encode(landing));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doGet(request, response);
  }

  private String identityToken(HttpServletRequest request) {
    Optional<SignedIn> signedIn = SignedIn.of(request);
    if (signedIn.isPresent()) {
      return signedIn.get().identityToken();
    }
    try {
      return request.getUserPrincipal() == null || openId.getIdentityToken() == null
          ? null
          : openId.getIdentityToken().getToken();
    } catch (RuntimeException noSession) {
      return null;
    }
  }

  private static String baseUrl(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
