package io.parallax.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the header's language switch needs: the page's language and the way back to the page. */
@Named
@RequestScoped
public class LanguageChoice {

  /** The language the page is shown in, e.g. {@code de}. */
  public String getCurrent() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  /** This page's path and query, to come back to after switching. */
  public String getBack() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }
}
