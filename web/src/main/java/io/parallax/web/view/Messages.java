package io.parallax.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** PrimeFaces messages from the {@code messages} bundle: next to a field, or for the page. */
public final class Messages {

  private Messages() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String detail) {
    add(null, FacesMessage.SEVERITY_ERROR, detail);
  }

  /** A message shown next to the input whose client id is {@code form:field} or {@code field}. */
  public static void atField(String clientId, String detail) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    add(clientId, FacesMessage.SEVERITY_ERROR, detail);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(severity, detail, detail));
  }

  private static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return MessageFormat.format(bundle.getString(key), arguments);
  }
}
