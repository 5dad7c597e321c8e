package io.parallax.ejb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakRefusalsTest {

  @Test
  void namesTheFieldKeycloakNames() {
    var refusal =
        KeycloakRefusals.of(
            "{\"field\":\"firstName\",\"errorMessage\":\"error-person-name-invalid-character\","
                + "\"params\":[\"firstName\"]}");

    assertThat(refusal.field()).isEqualTo("firstName");
    assertThat(refusal.getMessage()).contains("error-person-name-invalid-character");
  }

  @Test
  void withoutAFieldTheRequestIsAtFault() {
    var refusal = KeycloakRefusals.of("{\"error\":\"invalid_request\"}");

    assertThat(refusal.field()).isEqualTo("request");
  }
}
