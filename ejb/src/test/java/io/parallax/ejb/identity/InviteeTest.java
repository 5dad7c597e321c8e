package io.parallax.ejb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language an invitation speaks: the inviter's, when Parallax speaks it; else English. */
class InviteeTest {

  @Test
  void anInvitationWithoutALanguageIsInEnglish() {
    assertThat(new Invitee("ada@school.test", "Ada", "Lovelace").language()).isEqualTo("en");
  }

  @Test
  void theInvitersLanguageIsKeptWhenParallaxSpeaksIt() {
    Invitee ada = new Invitee("ada@school.test", "Ada", "Lovelace");

    assertThat(ada.inLanguageOf(Locale.GERMANY).language()).isEqualTo("de");
    assertThat(ada.inLanguageOf(Locale.JAPANESE).language()).isEqualTo("en");
    assertThat(ada.inLanguageOf(null).language()).isEqualTo("en");
    assertThat(
            ada.inFirstLanguageOf(List.of(Locale.JAPANESE, Locale.GERMAN, Locale.ENGLISH))
                .language())
        .isEqualTo("de");
    assertThat(ada.inFirstLanguageOf(List.of(new Locale("*"))).language()).isEqualTo("en");
  }
}
