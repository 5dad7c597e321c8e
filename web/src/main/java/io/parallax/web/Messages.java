package io.parallax.web;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.UUID;

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

  /**
   * Runs a change asked for on a page; answers whether it was made. A broken rule is shown next to
   * its field ({@code fieldPrefix + field}), a conflict or a missing record at the top of the page.
   */
  public static boolean attempt(String fieldPrefix, Runnable change) {
    try {
      change.run();
      return true;
    } catch (DomainRuleViolation e) {
      atField(fieldPrefix + e.field(), e.getMessage());
    } catch (ConcurrentEdit | NoSuchRecord e) {
      error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
    return false;
  }

  /** The record id a select menu chose (its options carry ids as text), or null. */
  public static UUID chosenId(String id) {
    return id == null || id.isBlank() ? null : UUID.fromString(id);
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
