package io.parallax.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.ejb.NoSuchRecord;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void theFirstAcceptedLanguageParallaxSpeaksWinsElseEnglish() {
    assertThat(
            Languages.bestOf(
                Locale.LanguageRange.parse("fr-CH,fr;q=0.9,de;q=0.8,en;q=0.7").stream()
                    .map(r -> Locale.forLanguageTag(r.getRange()))
                    .toList()))
        .isEqualTo(Locale.GERMAN);
    assertThat(Languages.bestOf(List.of(Locale.forLanguageTag("de-AT")))).isEqualTo(Locale.GERMAN);
    assertThat(Languages.bestOf(List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.bestOf(List.of())).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theCookieCountsOnlyForALanguageParallaxSpeaks() {
    assertThat(Languages.chosen(new Cookie[] {new Cookie(Languages.COOKIE, "de")}))
        .contains(Locale.GERMAN);
    assertThat(Languages.chosen(new Cookie[] {new Cookie(Languages.COOKIE, "xx")})).isEmpty();
    assertThat(Languages.chosen(null)).isEmpty();
  }

  @Test
  void missingRecordsConflictsAndTitlesAreSaidInTheLanguageAsked() {
    assertThat(Wording.of(new NoSuchRecord("client session"), Locale.GERMAN))
        .isEqualTo("Diesen Datensatz (Coaching-Sitzung) gibt es für Sie nicht.");
    assertThat(Wording.of(new NoSuchRecord("client session"), Locale.ENGLISH))
        .isEqualTo(new NoSuchRecord("client session").getMessage());
    assertThat(Wording.of(new ConcurrentEdit("cohort"), Locale.GERMAN))
        .startsWith("Jemand anderes hat diesen Datensatz (Kohorte) geändert");
    assertThat(Wording.of(new ConcurrentEdit("cohort"), Locale.ENGLISH))
        .isEqualTo(new ConcurrentEdit("cohort").getMessage());
    assertThat(Wording.title(404, "Not Found", Locale.GERMAN)).isEqualTo("Nicht gefunden");
    assertThat(Wording.title(418, "I'm a teapot", Locale.GERMAN)).isEqualTo("I'm a teapot");
  }
}
