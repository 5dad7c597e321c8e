package io.parallax.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The security headers of every answer (OWASP ASVS level 2, V14.4), and the refusal of page POSTs
 * sent from another site.
 *
 * <p>Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} in web.xml):
 * it adds a fresh nonce to every script it renders and turns inline event handlers into nonced
 * scripts, so the policy needs neither {@code unsafe-inline} nor {@code unsafe-eval} for scripts.
 * Everything else (the API, health, OpenAPI) is data, never a document: {@code default-src 'none'}.
 * Pages and API answers may carry confidential text (reflections, supervision notes), so they are
 * never stored by a browser or proxy; static resources stay cacheable.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = apply(request, response);
    if (isPagePost(request, path) && !sameOrigin(request)) {
      // written here, not sendError: the error page would treat the forged POST as a postback
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("A form from another site cannot act in Parallax.");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; answers the request's path within the application. Also called by {@link
   * ParallaxAuthentication}, which answers refused API calls (401) before any filter runs.
   */
  static String apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (overHttps(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean resource = path.contains("jakarta.faces.resource") || path.startsWith("/resources/");
    if (!resource) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (!resource && !path.endsWith(".xhtml") && !"/".equals(path)) {
      response.setHeader("Content-Security-Policy", DATA_POLICY);
    }
    return path;
  }

  static boolean overHttps(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

  private static boolean isPagePost(HttpServletRequest request, String path) {
    return "POST".equalsIgnoreCase(request.getMethod()) && !path.startsWith("/api/");
  }

  /**
   * A page POST must come from Parallax's own pages: its Origin (or, without one, its Referer)
   * names this host. A request naming neither is not a browser's cross-site form, and passes; an
   * opaque origin ({@code null}) without a Referer of this host does not.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    String claimed =
        origin == null || "null".equals(origin) ? request.getHeader("Referer") : origin;
    if (claimed == null) {
      return origin == null;
    }
    try {
      String host = request.getHeader("Host");
      return host != null && host.equalsIgnoreCase(URI.create(claimed).getRawAuthority());
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }
}
