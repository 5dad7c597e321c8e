package io.parallax.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pseudonym shape the API checks before the domain does (the domain's rule, as a pattern). */
class ClientRequestTest {

  private static final Pattern PSEUDONYM = Pattern.compile(ClientRequest.PSEUDONYM);

  @ParameterizedTest
  @ValueSource(strings = {"AB-07", "c.07", "client_2026-01", "123456", "ABCDEFGHIJKLMNOPQRSTUVWX"})
  void acceptsPseudonymousCodes(String code) {
    assertThat(PSEUDONYM.matcher(code).matches()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ada@example.org",
        "+44 7700 900123",
        "0612345678",
        "06-12-34-56-78",
        "1234567",
        "A",
        "Ada Lovelace",
        "ABCDEFGHIJKLMNOPQRSTUVWXY"
      })
  void refusesEmailAddressesPhoneNumbersAndOtherShapes(String code) {
    assertThat(PSEUDONYM.matcher(code).matches()).isFalse();
  }
}
