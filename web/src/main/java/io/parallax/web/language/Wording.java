package io.parallax.web.language;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The refusals of the services said in a person's language, for pages and problem details alike: a
 * broken rule from its key and arguments, a missing record and a conflicting edit from what they
 * name, a problem's title from its status. Texts: {@code io.parallax.web.problems}.
 */
public final class Wording {

  static final String BUNDLE = "io.parallax.web.problems";

  private Wording() {}

  public static String of(DomainRuleViolation violation, Locale locale) {
    return violation.message(locale);
  }

  public static String of(NoSuchRecord missing, Locale locale) {
    return text(locale, "noSuchRecord", thing(missing.what(), locale));
  }

  public static String of(ConcurrentEdit conflict, Locale locale) {
    return text(locale, "concurrentEdit", thing(conflict.what(), locale));
  }

  /** The title of a problem with HTTP status {@code status}, or {@code fallback}. */
  public static String title(int status, String fallback, Locale locale) {
    return textOr(locale, "title." + status, fallback);
  }

  /** The text of {@code key} in the problems bundle, arguments filled in. */
  public static String text(Locale locale, String key, Object... arguments) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
  }

  private static String thing(String what, Locale locale) {
    return textOr(locale, "record." + what.replaceAll("[^A-Za-z]+", ""), what);
  }

  private static String textOr(Locale locale, String key, String fallback) {
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException unknown) {
      return fallback;
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        Wording.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
