package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.supervision.SupervisionFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
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
            "'NOPE' is not a value of SupervisionFormat: use one of "
                + Arrays.stream(SupervisionFormat.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))
                + ".");
  }

  @Test
  void theFieldIsTheOneTheBindingNames() {
    Exception unreadable =
        new RuntimeException(
            "wrapped",
            new RuntimeException(
                "Unable to deserialize property 'minutes' because of: Error deserialize JSON value"));

    assertThat(UnreadableBodies.field(unreadable)).isEqualTo("minutes");
    assertThat(UnreadableBodies.field(new RuntimeException("no property here"))).isNull();
  }

  @Test
  void anythingElseGetsAGenericDetailWithoutInternals() {
    assertThat(UnreadableBodies.detail(new RuntimeException("Unexpected char 39 at (line 1)")))
        .startsWith("The request body is not JSON");
  }
}
