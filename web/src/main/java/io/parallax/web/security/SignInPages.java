package io.parallax.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The two addresses of signing in and out. {@code /callback} is where Keycloak returns after login
 * (the OpenID mechanism then sends the caller on to the page they asked for, or here to their home
 * page); {@code /logout} ends the Parallax session and, through the mechanism, the Keycloak session
 * too.
 */
@WebServlet(urlPatterns = {"/callback", "/logout"})
public class SignInPages extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getServletPath().equals("/logout")) {
      request.logout();
      if (request.getSession(false) != null) {
        request.getSession(false).invalidate();
      }
    }
    if (!response.isCommitted()) {
      response.sendRedirect(
          request.getContextPath()
              + (request.getServletPath().equals("/logout") ? "/" : "/home.xhtml"));
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    doGet(request, response);
  }
}
