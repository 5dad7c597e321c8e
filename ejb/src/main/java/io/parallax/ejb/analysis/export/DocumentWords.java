package io.parallax.ejb.analysis.export;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.SignalLevel;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words and number formats of the documents Parallax produces, in the requester's language
 * ({@code documents.properties}, English, and {@code documents_de.properties}). Shares print as
 * percentages of that language ("46.8%", "46,8 %"), never as 0.468.
 */
public final class DocumentWords {

  static final String BUNDLE = "io.parallax.ejb.analysis.export.documents";

  private final Locale locale;
  private final ResourceBundle bundle;

  private DocumentWords(Locale locale) {
    this.locale = locale;
    // no fallback to the server's default language: a language we do not ship is English
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            DocumentWords.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static DocumentWords of(Locale locale) {
    return new DocumentWords(locale == null ? Locale.ENGLISH : locale);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key} with its arguments. */
  public String text(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public String element(ContractingElement element) {
    return text("element." + element.name());
  }

  public String drift(DriftMarker marker) {
    return text("drift." + marker.name());
  }

  public String signal(SignalLevel level) {
    return text("signal." + level.name());
  }

  /** A level of the school's scale: its name where we have one, else the school's own code. */
  public String level(String code) {
    try {
      return text("level." + code);
    } catch (MissingResourceException e) {
      return code;
    }
  }

  /** A share 0–1 as a percentage with one decimal; empty for none. */
  public String percent(Double share) {
    if (share == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }

  /** A number with {@code digits} decimals in the language's format; empty for none. */
  public String number(Number value, int digits) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value);
  }

  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** Date, 24-hour time and zone ("29.11.2026, 17:45 UTC"): unambiguous in every language. */
  public String dateTime(ZonedDateTime time) {
    return date(time.toLocalDate())
        + ", "
        + DateTimeFormatter.ofPattern("HH:mm zzz", locale).format(time);
  }
}
