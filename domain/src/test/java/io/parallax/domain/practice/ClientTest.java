package io.parallax.domain.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.school.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientTest {

  private final Person trainee = Examples.trainee("Ada");

  @Test
  void isAPseudonymousCodeOfAnActiveTrainee() {
    Client client = new Client(trainee, " AB-07 ", PaymentBasis.PRO_BONO, true);

    assertThat(client.trainee()).isSameAs(trainee);
    assertThat(client.code()).isEqualTo("AB-07");
    assertThat(client.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);
    assertThat(client.isSponsored()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB", "c.07", "client_2026-01", "ABCDEFGHIJKLMNOPQRSTUVWX", "123456"})
  void acceptsShortCodesOfLettersDigitsAndPunctuation(String code) {
    assertThat(PracticeExamples.client(trainee, code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada@example.org", "ada@", "@ada", "C@07"})
  void refusesWhatLooksLikeAnEmailAddress(String code) {
    assertThatThrownBy(() -> PracticeExamples.client(trainee, code))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"))
        .hasMessageContaining("e-mail address")
        .hasMessageContaining("pseudonymous codes")
        .hasMessageContaining("no data that identifies them")
        .hasMessageNotContaining(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+44 7700 900123", "0612345678", "1234567", "06-12-34-56", "tel.555.0199"})
  void refusesWhatLooksLikeAPhoneNumber(String code) {
    assertThatThrownBy(() -> PracticeExamples.client(trainee, code))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"))
        .hasMessageContaining("phone number")
        .hasMessageContaining("pseudonymous codes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "Ada Lovelace", "ABCDEFGHIJKLMNOPQRSTUVWXY", "AB/07", "Zoë"})
  void refusesCodesOfTheWrongShape(String code) {
    assertThatThrownBy(() -> PracticeExamples.client(trainee, code))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"))
        .hasMessage(
            "A client code is 2 to 24 letters, digits, hyphens, underscores or dots (e.g. AB-07).");
  }

  @Test
  void needsACodeAndAPaymentBasis() {
    assertThatThrownBy(() -> new Client(trainee, " ", PaymentBasis.PAID, false))
        .hasMessage("A client needs a pseudonymous code (e.g. AB-07).");
    assertThatThrownBy(() -> new Client(trainee, "AB-07", null, false))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("paymentBasis"));
  }

  @Test
  void belongsToAnActiveTraineeOnly() {
    Person gone = Examples.trainee("Gone");
    gone.deactivate();

    assertThatThrownBy(() -> PracticeExamples.client(gone))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("trainee"))
        .hasMessageContaining("deactivated");
    assertThatThrownBy(() -> PracticeExamples.client(Examples.supervisor("Sam")))
        .hasMessage("Sam is not a trainee.");
    assertThatThrownBy(() -> PracticeExamples.client(null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("trainee"));
  }

  @Test
  void isRenamedUnderTheSameRule() {
    Client client = PracticeExamples.client(trainee);

    client.rename("CD-11");
    assertThat(client.code()).isEqualTo("CD-11");

    assertThatThrownBy(() -> client.rename("cd@example.org")).hasMessageContaining("e-mail");
    assertThatThrownBy(() -> client.rename("0612345678")).hasMessageContaining("phone");
    assertThat(client.code()).isEqualTo("CD-11");
  }

  @Test
  void changesPaymentBasisAndSponsorship() {
    Client client = PracticeExamples.client(trainee);

    client.changePaymentBasis(PaymentBasis.PRO_BONO);
    client.changeSponsorship(true);

    assertThat(client.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);
    assertThat(client.isSponsored()).isTrue();
    assertThatThrownBy(() -> client.changePaymentBasis(null))
        .isInstanceOf(DomainRuleViolation.class);
  }
}
