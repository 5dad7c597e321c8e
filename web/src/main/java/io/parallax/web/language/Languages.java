package io.parallax.web.language;

import jakarta.servlet.http.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Parallax speaks, and which of them a request gets. */
public final class Languages {

  /** English first: the language of a request that asks for none Parallax speaks. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

  /** The cookie that keeps a person's choice of language. */
  public static final String COOKIE = "parallax-language";

  private Languages() {}

  /**
   * The language a REST request accepts; English where there is no request (a mapper called
   * directly).
   */
  public static Locale of(HttpHeaders headers) {
    return headers == null ? Locale.ENGLISH : bestOf(headers.getAcceptableLanguages());
  }

  /** The first language of {@code acceptable} (best first) that Parallax speaks, else English. */
  public static Locale bestOf(List<Locale> acceptable) {
    for (Locale asked : acceptable) {
      Optional<Locale> spoken = spoken(asked.getLanguage());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return Locale.ENGLISH;
  }

  /** The supported language with the code {@code language} (e.g. {@code de}), if any. */
  public static Optional<Locale> spoken(String language) {
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The language the person chose with the header's switch, if they did. */
  public static Optional<Locale> chosen(Cookie[] cookies) {
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return spoken(cookie.getValue());
      }
    }
    return Optional.empty();
  }
}
