package io.parallax.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The domain's codes as words for people: {@code #{words.of('drift', d)}} is the common bundle's
 * {@code drift.STORYTELLING}. A code the bundle does not know (a school's own core issue, a level
 * of its own scale) is shown as written, lower-case with spaces, never as an upper-case token.
 */
@Named
@ApplicationScoped
public class Words {

  @Inject SchoolDay schoolDay;

  public String of(String kind, Object code) {
    if (code == null) {
      return "";
    }
    String name = code instanceof Enum<?> e ? e.name() : code.toString();
    try {
      return bundle().getString(kind + "." + name);
    } catch (MissingResourceException unknown) {
      return plain(name);
    }
  }

  /**
   * A name a school may choose itself (its scale, its core issues) in the reader's words while it
   * is still the default Parallax gave it: a name equal to the English bundle value of a {@code
   * kind} key (e.g. {@code scale.IDM}) is that key's value in the reader's language; any other name
   * is the school's own and shown as it is.
   */
  public String named(String kind, String name) {
    if (name == null) {
      return "";
    }
    ResourceBundle english = ResourceBundle.getBundle("io.parallax.web.messages", Locale.ENGLISH);
    for (String key : english.keySet()) {
      if (key.startsWith(kind + ".") && english.getString(key).equals(name)) {
        return bundle().getString(key);
      }
    }
    return name;
  }

  /** Several codes as words, comma-separated. */
  public String all(String kind, Collection<?> codes) {
    return codes == null
        ? ""
        : codes.stream().map(c -> of(kind, c)).collect(Collectors.joining(", "));
  }

  /**
   * A date in the reader's locale, e.g. "12 Mar 2025"; an instant is dated in the school's zone.
   */
  public String date(TemporalAccessor date) {
    if (date == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    if (date instanceof Instant instant) {
      date = instant.atZone(schoolDay.zone()).toLocalDate();
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** Yes or No. */
  public String yesNo(boolean answer) {
    return bundle().getString(answer ? "yes" : "no");
  }

  /** An upper-case code with underscores as a phrase: {@code SKILL_GAP} is "Skill gap". */
  static String plain(String code) {
    if (!code.equals(code.toUpperCase(Locale.ROOT))) {
      return code;
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    return ResourceBundle.getBundle("io.parallax.web.messages", locale);
  }
}
