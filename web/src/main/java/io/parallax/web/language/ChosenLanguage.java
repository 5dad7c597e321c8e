package io.parallax.web.language;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The view locale of a page: the language the person chose with the header's switch, otherwise the
 * one Faces picks from the browser's Accept-Language among the supported locales of
 * faces-config.xml. Registered there.
 */
public class ChosenLanguage extends ViewHandlerWrapper {

  public ChosenLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext faces) {
    Object request = faces.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http) {
      return Languages.chosen(http.getCookies()).orElseGet(() -> super.calculateLocale(faces));
    }
    return super.calculateLocale(faces);
  }
}
