package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoreIssueTypeTest {

  @Test
  void everySchoolStartsWithTheBuiltInTaxonomy() {
    assertThat(CoreIssueType.defaults())
        .extracting(CoreIssueType::code)
        .containsExactly(
            "CONTRACTING",
            "OVER_RESPONSIBILITY",
            "TRANSFERENCE",
            "ARCHAIC_PATTERN",
            "BOUNDARY",
            "ETHICS",
            "SKILL_GAP");
    assertThat(CoreIssueType.defaults())
        .allSatisfy(
            type -> {
              assertThat(type.isBuiltIn()).isTrue();
              assertThat(type.label()).isNotBlank();
              assertThat(type.description()).isPresent();
            });
    assertThat(CoreIssueType.defaults().get(1).description().orElseThrow())
        .contains("more than 50% of the responsibility", "\"rescuing\" a \"victim\" client");
  }

  @Test
  void aSchoolAddsItsOwnKinds() {
    CoreIssueType own = new CoreIssueType("SCOPE_CREEP", " Scope creep ", null);

    assertThat(own.isBuiltIn()).isFalse();
    assertThat(own.label()).isEqualTo("Scope creep");
    assertThat(own.description()).isEmpty();

    own.describe("Scope drift", "The engagement grows beyond what was contracted.");

    assertThat(own.code()).isEqualTo("SCOPE_CREEP");
    assertThat(own.label()).isEqualTo("Scope drift");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "X", "scope_creep", "SCOPE CREEP", "9LIVES", "SCOPE-CREEP"})
  void refusesWhatIsNotACode(String code) {
    assertThatThrownBy(() -> new CoreIssueType(code, "Label", null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"));
  }

  @Test
  void aCodeIsAtMostFortyCharacters() {
    assertThat(CoreIssueType.code("A" + "_".repeat(39), "code")).hasSize(40);
    assertThatThrownBy(() -> CoreIssueType.code("A".repeat(41), "code"))
        .hasMessageContaining("2 to 40 upper-case letters");
  }

  @Test
  void needsALabel() {
    assertThatThrownBy(() -> new CoreIssueType("SCOPE_CREEP", " ", null))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("label"))
        .hasMessage("A core issue needs a label.");
  }
}
