package io.parallax.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The REST boundary's own problem details, said in German when the request asks for it. */
class WordingTest {

  private static final Locale GERMAN = Locale.GERMAN;

  @Test
  void aKnownDetailIsSaidInGermanWithItsValues() {
    assertThat(
            Wording.detail("The request body is not well-formed JSON (line 3, column 17).", GERMAN))
        .isEqualTo("Der Inhalt der Anfrage ist kein wohlgeformtes JSON (Zeile 3, Spalte 17).");
    assertThat(
            Wording.detail(
                "'2026-13-01x' is not a date Parallax takes: give one from 1900-01-01 to 2100-12-31.",
                GERMAN))
        .isEqualTo(
            "'2026-13-01x' ist kein Datum, das Parallax annimmt: Geben Sie eines vom 1900-01-01 bis"
                + " 2100-12-31 an.");
    assertThat(Wording.detail("size is between 1 and 200.", GERMAN))
        .isEqualTo("size liegt zwischen 1 und 200.");
  }

  @Test
  void englishAndUnknownDetailsStayAsWritten() {
    String detail = "The request body is not well-formed JSON.";
    assertThat(Wording.detail(detail, Locale.ENGLISH)).isEqualTo(detail);
    assertThat(Wording.detail("Something nobody wrote down.", GERMAN))
        .isEqualTo("Something nobody wrote down.");
    assertThat(Wording.detail(null, GERMAN)).isNull();
  }

  @Test
  void aPatternTakesItsTextLiterally() {
    assertThat(Wording.pattern("Grade ({0}) is ''{1}''.").matcher("Grade (x) is 'y'.").matches())
        .isTrue();
    assertThat(Wording.pattern("a.b").matcher("axb").matches()).isFalse();
  }
}
