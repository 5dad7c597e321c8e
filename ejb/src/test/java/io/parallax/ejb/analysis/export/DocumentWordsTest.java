package io.parallax.ejb.analysis.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.SignalLevel;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The documents' words: every key in both languages, every code of the domain worded. */
class DocumentWordsTest {

  private static final ResourceBundle.Control PLAIN =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Test
  void everyKeyIsInEnglishAndGerman() {
    ResourceBundle en = ResourceBundle.getBundle(DocumentWords.BUNDLE, Locale.ROOT, PLAIN);
    ResourceBundle de = ResourceBundle.getBundle(DocumentWords.BUNDLE, Locale.GERMAN, PLAIN);

    assertThat(de.getLocale()).isEqualTo(Locale.GERMAN);
    assertThat(de.keySet()).isEqualTo(en.keySet());
  }

  @Test
  void everyElementDriftMarkerAndSignalHasAWordInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
      DocumentWords words = DocumentWords.of(locale);
      for (ContractingElement e : ContractingElement.values()) {
        assertThat(words.element(e)).isNotBlank();
      }
      for (DriftMarker m : DriftMarker.values()) {
        assertThat(words.drift(m)).isNotBlank();
      }
      for (SignalLevel s : SignalLevel.values()) {
        assertThat(words.signal(s)).isNotBlank();
      }
    }
  }

  @Test
  void sharesArePercentagesOfTheLanguageAndUnknownLevelsKeepTheSchoolsCode() {
    assertThat(DocumentWords.of(Locale.ENGLISH).percent(0.468)).isEqualTo("46.8%");
    assertThat(DocumentWords.of(Locale.GERMAN).percent(0.468)).isEqualTo("46,8\u00a0%");
    assertThat(DocumentWords.of(Locale.ENGLISH).level("Senior Practitioner"))
        .isEqualTo("Senior Practitioner");
    assertThat(DocumentWords.of(Locale.GERMAN).level("3i")).isEqualTo("Stufe 3i");
  }
}
