package io.parallax.ejb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a corrected display name becomes the account's first and last name. */
class KeycloakDirectoryNamesTest {

  @Test
  void theLastWordIsTheLastNameAndTheWordsBeforeItTheFirstName() {
    assertThat(KeycloakDirectory.firstAndLastName("Ada Lovelace"))
        .containsExactly("Ada", "Lovelace");
    assertThat(KeycloakDirectory.firstAndLastName("  Augusta  Ada   King "))
        .containsExactly("Augusta Ada", "King");
  }

  @Test
  void aSingleWordIsTheFirstName() {
    assertThat(KeycloakDirectory.firstAndLastName("Cher")).containsExactly("Cher", "");
  }
}
