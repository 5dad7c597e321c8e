package io.parallax.web.supervision;

import io.parallax.domain.DomainRuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/**
 * Puts a refusal next to the field it names: a form's inputs carry the ids of the domain's field
 * names (e.g. {@code heldOn}), so {@code form:heldOn} receives the message; a field without an
 * input gets a message for the whole form.
 */
public final class FormMessages {

  public static final String BUNDLE = "io.parallax.web.supervisor";

  private FormMessages() {}

  public static void refused(String formId, DomainRuleViolation violation) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId = formId + ":" + violation.field();
    UIComponent field = faces.getViewRoot().findComponent(clientId);
    faces.addMessage(
        field != null ? clientId : null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
    faces.validationFailed();
  }

  public static void refused(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.validationFailed();
  }

  /** Confirms a change with the text of {@code key} in the supervisor bundle. */
  public static void done(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
