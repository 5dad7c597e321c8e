package io.parallax.web.language;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * A problem detail the REST boundary wrote in English, said in {@code locale}'s language: the
   * {@code detail.*} text of the problems bundle it matches, with the same values filled in; as
   * written when it matches none.
   */
  public static String detail(String english, Locale locale) {
    if (english == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return english;
    }
    for (Map.Entry<String, Pattern> known : DETAILS.entrySet()) {
      Matcher match = known.getValue().matcher(english);
      if (match.matches()) {
        Object[] values = new Object[match.groupCount()];
        for (int i = 0; i < values.length; i++) {
          values[i] = match.group("v" + i);
        }
        return textOr(locale, known.getKey(), null) == null
            ? english
            : new MessageFormat(bundle(locale).getString(known.getKey()), locale).format(values);
      }
    }
    return english;
  }

  /** The English details as patterns: their literal text, each {n} a group named vn. */
  private static final Map<String, Pattern> DETAILS = details();

  private static Map<String, Pattern> details() {
    ResourceBundle english = bundle(Locale.ROOT);
    Map<String, Pattern> details = new LinkedHashMap<>();
    for (String key : new TreeSet<>(english.keySet())) {
      if (key.startsWith("detail.")) {
        details.put(key, pattern(english.getString(key)));
      }
    }
    return details;
  }

  static Pattern pattern(String messageFormat) {
    String text = messageFormat.replace("''", "'");
    Matcher placeholder = Pattern.compile("\\{(\\d+)}").matcher(text);
    StringBuilder regex = new StringBuilder();
    int from = 0;
    while (placeholder.find()) {
      regex.append(Pattern.quote(text.substring(from, placeholder.start())));
      regex.append("(?<v").append(placeholder.group(1)).append(">.*?)");
      from = placeholder.end();
    }
    regex.append(Pattern.quote(text.substring(from)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
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
