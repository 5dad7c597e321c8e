package io.parallax.web.practice;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Page messages of the trainee portal: texts from the {@code trainee} bundle, and the outcome of a
 * service call shown where the person can act on it — a broken rule next to its field, a conflict
 * or a missing record at the top of the page.
 */
final class Messages {

  static final String BUNDLE = "io.parallax.web.trainee";

  private Messages() {}

  static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String text = bundle.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Runs a service call; a refusal becomes a message (next to {@code form:field} for a broken rule)
   * and the answer is null. The person's input stays on the page to be corrected.
   */
  static <T> T attempt(String form, Supplier<T> call) {
    try {
      return call.get();
    } catch (DomainRuleViolation violation) {
      error(form + ":" + violation.field(), violation.getMessage());
      error(null, text("log.fix"));
    } catch (ConcurrentEdit conflict) {
      error(null, text("log.conflict"));
    } catch (NoSuchRecord missing) {
      error(null, text("log.missing"));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }
}
