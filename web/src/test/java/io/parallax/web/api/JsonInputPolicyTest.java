package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonInputPolicyTest {

  private static String apply(String json) {
    return new String(
        JsonInputPolicy.apply(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static JsonInputPolicy.Refused refusal(String json) {
    try {
      apply(json);
    } catch (JsonInputPolicy.Refused refused) {
      return refused;
    }
    throw new AssertionError("not refused: " + json);
  }

  @Test
  void wellFormedValuesPassUnchanged() {
    String json = "{\"minutes\":60,\"paid\":true,\"note\":null,\"roles\":[\"trainee\"],\"x\":{}}";

    assertThat(apply(json)).isEqualTo(json);
  }

  @Test
  void textIsTrimmedAndNormalisedToNfc() {
    assertThat(apply("{\"name\":\"  Zoe\\u0301 \"}")).isEqualTo("{\"name\":\"Zoé\"}");
  }

  @Test
  void tabsAndLineBreaksStayInText() {
    assertThat(apply("{\"note\":\"a\\tb\\nc\\r\\nd\"}"))
        .isEqualTo("{\"note\":\"a\\tb\\nc\\r\\nd\"}");
  }

  @ParameterizedTest
  @CsvSource({"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085"})
  void controlCharactersAreRefusedAtTheirField(String control) {
    var refused = refusal("{\"grades\":{\"comment\":\"before" + control + "after\"}}");

    assertThat(refused.field()).isEqualTo("grades.comment");
    assertThat(refused.getMessage()).contains("control character");
  }

  @ParameterizedTest
  @CsvSource({
    "2147483647, true",
    "-2147483648, true",
    "2147483648, false",
    "4294967356, false",
    "9223372036854775808, false",
    "1.5, false",
    "1e3, true"
  })
  void numbersMustBeWholeAndFitAnInt(String number, boolean accepted) {
    String json = "{\"minutes\":" + number + "}";
    if (accepted) {
      assertThat(apply(json)).startsWith("{\"minutes\":");
    } else {
      assertThat(refusal(json).field()).isEqualTo("minutes");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-29, true",
    "1900-01-01, true",
    "2199-12-31, true",
    "1899-12-31, false",
    "-999999999-01-01, false",
    "+999999999-12-31, false"
  })
  void datesLieInAPlausibleRange(String date, boolean accepted) {
    String json = "{\"startsOn\":\"" + date + "\"}";
    if (accepted) {
      assertThat(apply(json)).isEqualTo(json);
    } else {
      assertThat(refusal(json).field()).isEqualTo("startsOn");
    }
  }

  @Test
  void aNullItemInAListIsRefusedByItsIndex() {
    assertThat(refusal("{\"roles\":[\"trainee\",null]}").field()).isEqualTo("roles[1]");
    assertThat(refusal("{\"cases\":[{\"id\":\"a\"},{\"minutes\":1.5}]}").field())
        .isEqualTo("cases[1].minutes");
  }

  @Test
  void malformedJsonIsRefusedWithItsPlace() {
    var refused = refusal("{\"minutes\":");

    assertThat(refused.field()).isNull();
    assertThat(refused.getMessage()).startsWith("The request body is not well-formed JSON");
  }

  @Test
  void deepNestingIsRefused() {
    String deep =
        "[".repeat(JsonInputPolicy.MAX_DEPTH + 1) + "]".repeat(JsonInputPolicy.MAX_DEPTH + 1);

    assertThatThrownBy(() -> apply(deep)).isInstanceOf(JsonInputPolicy.Refused.class);
  }
}
