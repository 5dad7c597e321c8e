package io.parallax.domain.practice;

import static io.parallax.domain.Examples.JAN_12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import io.parallax.domain.school.Person;
import org.junit.jupiter.api.Test;

class EngagementContractTest {

  private final Person trainee = Examples.trainee("Ada");
  private final Client client = PracticeExamples.client(trainee);

  @Test
  void aTwoPartyContractHasNoSponsor() {
    EngagementContract contract =
        new EngagementContract(client, JAN_12, false, " ", ContractIntegrity.ADEQUATE);

    assertThat(contract.client()).isSameAs(client);
    assertThat(contract.agreedOn()).isEqualTo(JAN_12);
    assertThat(contract.isThreeCornered()).isFalse();
    assertThat(contract.sponsor()).isEmpty();
    assertThat(contract.integrity()).isEqualTo(ContractIntegrity.ADEQUATE);
  }

  @Test
  void aThreeCorneredContractNamesItsSponsor() {
    EngagementContract contract =
        new EngagementContract(client, JAN_12, true, " Acme Ltd ", ContractIntegrity.SOUND);

    assertThat(contract.isThreeCornered()).isTrue();
    assertThat(contract.sponsor()).contains("Acme Ltd");
  }

  @Test
  void refusesASponsorMissingOrOutOfPlace() {
    assertThatThrownBy(
            () -> new EngagementContract(client, JAN_12, true, "", ContractIntegrity.SOUND))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("sponsor"))
        .hasMessageContaining("three-cornered contract names its sponsor");
    assertThatThrownBy(
            () -> new EngagementContract(client, JAN_12, false, "Acme", ContractIntegrity.SOUND))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("sponsor"))
        .hasMessageContaining("two-party contract has no sponsor");
  }

  @Test
  void changesPartiesUnderTheSameRule() {
    EngagementContract contract = PracticeExamples.contract(client);

    contract.changeParties(true, "Acme");
    assertThat(contract.sponsor()).contains("Acme");

    assertThatThrownBy(() -> contract.changeParties(false, "Acme"))
        .isInstanceOf(DomainRuleViolation.class);
    contract.changeParties(false, null);
    assertThat(contract.isThreeCornered()).isFalse();
    assertThat(contract.sponsor()).isEmpty();
  }

  @Test
  void describesItsThreeLevelsEachOptional() {
    EngagementContract contract = PracticeExamples.contract(client);

    contract.describe(" Six sessions, fortnightly, fee agreed ", "Lead the new team", null);

    assertThat(contract.administrative()).contains("Six sessions, fortnightly, fee agreed");
    assertThat(contract.professional()).contains("Lead the new team");
    assertThat(contract.psychological()).isEmpty();
  }

  @Test
  void keepsEachLevelTo1000Characters() {
    EngagementContract contract = PracticeExamples.contract(client);

    contract.describe(null, null, "x".repeat(1000));
    assertThat(contract.psychological()).hasValueSatisfying(v -> assertThat(v).hasSize(1000));

    assertThatThrownBy(() -> contract.describe("x".repeat(1001), null, null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("administrative"))
        .hasMessage("Keep it to 1000 characters (this one has 1001).");
  }

  @Test
  void isAgreedOnADateNotInTheFuture() {
    EngagementContract contract = PracticeExamples.contract(client);

    contract.correctAgreedOn(NotInTheFuture.latestToday());
    assertThat(contract.agreedOn()).isEqualTo(NotInTheFuture.latestToday());

    assertThatThrownBy(() -> contract.correctAgreedOn(NotInTheFuture.latestToday().plusDays(1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("agreedOn"))
        .hasMessageContaining("cannot be in the future");
    assertThatThrownBy(
            () -> new EngagementContract(client, null, false, null, ContractIntegrity.SOUND))
        .hasMessage("The contract's agreement needs a date.");
  }

  @Test
  void isRatedForIntegrity() {
    EngagementContract contract = PracticeExamples.contract(client);

    contract.rateIntegrity(ContractIntegrity.QUESTIONABLE);
    assertThat(contract.integrity()).isEqualTo(ContractIntegrity.QUESTIONABLE);

    assertThatThrownBy(() -> contract.rateIntegrity(null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("integrity"));
  }

  @Test
  void noNewContractForADeactivatedTraineesClient() {
    trainee.deactivate();

    assertThatThrownBy(() -> PracticeExamples.contract(client))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("client"))
        .hasMessageContaining("deactivated");
  }
}
