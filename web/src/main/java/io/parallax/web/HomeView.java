package io.parallax.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a signed-in person starts: the home page of their role (a person with several roles starts
 * at the first of platform admin, school admin, supervisor, trainee).
 */
@Named
@RequestScoped
public class HomeView {

  static final Map<String, String> HOME_BY_ROLE = new LinkedHashMap<>();

  static {
    HOME_BY_ROLE.put("platform-admin", "/platform/schools.xhtml");
    HOME_BY_ROLE.put("school-admin", "/school/members.xhtml");
    HOME_BY_ROLE.put("supervisor", "/supervisor/caseload.xhtml");
    HOME_BY_ROLE.put("trainee", "/trainee/progress.xhtml");
  }

  /** Sends the caller on to their role's home page; without a role they stay and read why. */
  public void go() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    for (var home : HOME_BY_ROLE.entrySet()) {
      if (external.isUserInRole(home.getKey())) {
        external.redirect(external.getRequestContextPath() + home.getValue());
        return;
      }
    }
  }

  public boolean isSignedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public boolean hasRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
