package io.parallax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest
  @ValueSource(strings = {"Zoë O'Brien-Smith", "Ada", "José María", "Nguyễn Thị"})
  void aPersonsNameKeepsLettersApostrophesHyphensAndSpaces(String name) {
    assertThat(Text.personName(name, "firstName", "Give the first name")).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Robert\"); drop", "<script>", "../etc", "a\u0007b", "100%", "x=y"})
  void aPersonsNameRefusesWhatTheIdentityProviderRefusesAtItsField(String name) {
    assertThatThrownBy(() -> Text.personName(name, "firstName", "Give the first name"))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "firstName");
  }
}
