package io.parallax.web;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.identity.DirectoryUnavailable;
import io.parallax.web.language.Wording;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one way a page tells a person what happened. A change that was made is confirmed for the page
 * (shown next to the form's Save button by its {@code p:messages} and in the page's growl, so it is
 * where the eye is); a broken rule lands next to the field it names, with a page message that says
 * to fix the marked fields; a conflict, a missing record or an unreachable directory is a page
 * message. Texts come from the area bundles ({@code io.parallax.web.<bundle>}).
 */
public final class Messages {

  /** The bundles of the areas, by their short names. */
  public static final String COMMON = "messages";

  public static final String TRAINEE = "trainee";
  public static final String SUPERVISOR = "supervisor";
  public static final String ADMIN = "admin";
  public static final String REPORTS = "reports";

  private Messages() {}

  /** The text of {@code key} in the area bundle {@code bundle}, with its arguments filled in. */
  public static String text(String bundle, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle texts =
        ResourceBundle.getBundle("io.parallax.web." + bundle, faces.getViewRoot().getLocale());
    String text = texts.getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  /** The text of {@code key} in {@code bundle}, or {@code fallback} if the bundle has none. */
  public static String textOr(String bundle, String key, String fallback) {
    try {
      return text(bundle, key);
    } catch (java.util.MissingResourceException none) {
      return fallback;
    }
  }

  /** Confirms a change with the common bundle's text of {@code key}. */
  public static void info(String key, Object... arguments) {
    done(COMMON, key, arguments);
  }

  /** Confirms a change that was stored, with the text of {@code key} in {@code bundle}. */
  public static void done(String bundle, String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(bundle, key, arguments));
  }

  /** A page-wide refusal: nothing was changed. */
  public static void error(String text) {
    FacesContext.getCurrentInstance().validationFailed();
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * A refusal shown next to the input whose client id is {@code clientId}; when the page has no
   * such input, for the whole page.
   */
  public static void atField(String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.validationFailed();
    boolean present = faces.getViewRoot().invokeOnComponent(faces, clientId, (f, c) -> {});
    add(present ? clientId : null, FacesMessage.SEVERITY_ERROR, text);
    if (present) {
      add(null, FacesMessage.SEVERITY_ERROR, text(COMMON, "form.fix"));
    }
  }

  /**
   * Runs a change asked for on a page; answers whether it was made. A broken rule is shown next to
   * its field (client id {@code fieldPrefix + field}, e.g. {@code record:heldOn} or {@code
   * cohort-name}), anything else refused for the page.
   */
  public static boolean attempt(String fieldPrefix, Runnable change) {
    return obtain(
            fieldPrefix,
            () -> {
              change.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /**
   * Runs a service call; a refusal becomes a message and the answer is null. The person's input
   * stays on the page to be corrected.
   */
  public static <T> T obtain(String fieldPrefix, Supplier<T> call) {
    try {
      return call.get();
    } catch (DomainRuleViolation violation) {
      atField(fieldPrefix + violation.field(), violation.message(locale()));
    } catch (ConcurrentEdit conflict) {
      error(Wording.of(conflict, locale()));
    } catch (NoSuchRecord missing) {
      error(Wording.of(missing, locale()));
    } catch (DirectoryUnavailable unavailable) {
      error(unavailable.getMessage());
    }
    return null;
  }

  /** The language of the page being answered. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The record id a select menu chose (its options carry ids as text), or null. */
  public static UUID chosenId(String id) {
    return id == null || id.isBlank() ? null : UUID.fromString(id);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
