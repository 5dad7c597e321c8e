package io.parallax.domain;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request that would break a rule of the domain. It names the field at fault so that the UI can
 * put the message next to it and the API can name it in its problem details. Thrown from an EJB, it
 * reaches the caller as is and rolls the transaction back, so nothing half-done is stored.
 *
 * <p>The message is a key of the rule bundle ({@value #BUNDLE}) with its arguments, so that each
 * boundary says it in the language of the person asking ({@link #message(Locale)}); {@link
 * #getMessage()} is the English text, for logs and tests. A key the bundle does not know is taken
 * as the text itself.
 */
@ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

  /** The rule messages: English in {@code rules.properties}, other languages beside it. */
  public static final String BUNDLE = "io.parallax.domain.rules";

  private final String field;
  private final String key;
  private final Serializable[] arguments;

  public DomainRuleViolation(String field, String key, Object... arguments) {
    super(text(key, arguments, Locale.ENGLISH));
    this.field = field;
    this.key = key;
    this.arguments =
        Arrays.stream(arguments).map(DomainRuleViolation::kept).toArray(Serializable[]::new);
  }

  /** The name of the field at fault, as the boundary calls it (e.g. {@code endsOn}). */
  public String field() {
    return field;
  }

  /** The key of the message in the rule bundle. */
  public String key() {
    return key;
  }

  public List<Object> arguments() {
    return List.of((Object[]) arguments);
  }

  /** The message in {@code locale}'s language (English where the bundle has no such language). */
  public String message(Locale locale) {
    return text(key, arguments, locale);
  }

  /** The same violation, blamed on {@code otherField} (a boundary's name for the same input). */
  public DomainRuleViolation at(String otherField) {
    return new DomainRuleViolation(otherField, key, (Object[]) arguments);
  }

  /** Fails with a violation of {@code field} unless {@code condition} holds. */
  public static void require(boolean condition, String field, String key, Object... arguments) {
    if (!condition) {
      throw new DomainRuleViolation(field, key, arguments);
    }
  }

  /** An argument that is itself a text of the rule bundle (e.g. what needs a date). */
  public static Phrase phrase(String key, Object... arguments) {
    return new Phrase(key, Arrays.stream(arguments).map(DomainRuleViolation::kept).toList());
  }

  /** A text of the rule bundle used as an argument of another, said in the same language. */
  public record Phrase(String key, List<Serializable> arguments) implements Serializable {}

  /** The text of {@code key} in {@code locale}'s language with its arguments filled in. */
  public static String text(String key, Object[] arguments, Locale locale) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException unknown) {
      if (arguments.length == 0) {
        return key;
      }
      pattern = key;
    }
    Object[] filled =
        Arrays.stream(arguments)
            .map(a -> a instanceof Phrase p ? text(p.key(), p.arguments().toArray(), locale) : a)
            // limits and counts read as written (1000, not 1,000), like the codes beside them
            .map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a)
            .toArray();
    return new MessageFormat(pattern, locale).format(filled);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        DomainRuleViolation.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Serializable kept(Object argument) {
    return argument == null || argument instanceof Serializable
        ? (Serializable) argument
        : argument.toString();
  }
}
