package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnreadableBodiesTest {

  @Test
  void anUnknownEnumValueIsNamedWithItsType() {
    Exception unreadable =
        new RuntimeException(
            "Error deserializing object from entity stream.",
            new IllegalArgumentException(
                "No enum constant io.parallax.domain.supervision.SupervisionFormat.NOPE"));

    assertThat(UnreadableBodies.detail(unreadable))
        .isEqualTo(
            "'NOPE' is not a value of SupervisionFormat: see the API description for the values"
                + " there are.");
  }

  @Test
  void anythingElseGetsAGenericDetailWithoutInternals() {
    assertThat(UnreadableBodies.detail(new RuntimeException("Unexpected char 39 at (line 1)")))
        .startsWith("The request body is not JSON");
  }
}
