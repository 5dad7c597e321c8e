package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.DevelopmentalScale.Level;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchoolScalesAndTaxonomyTest {

  private static final Level NOVICE = new Level("Novice", "Follows the model step by step.");
  private static final Level SKILLED = new Level("Skilled", "Adapts the model to the client.");
  private static final Level EXPERT = new Level("Expert", "Works beyond the model, reflectively.");

  @Test
  void aCustomScaleKeepsItsLevelsInOrderWithTheirDescriptions() {
    DevelopmentalScale own =
        DevelopmentalScale.custom(" Our scale ", List.of(NOVICE, SKILLED, EXPERT));

    assertThat(own.kind()).isEqualTo(ScaleKind.CUSTOM);
    assertThat(own.name()).isEqualTo("Our scale");
    assertThat(own.levels()).containsExactly("Novice", "Skilled", "Expert");
    assertThat(own.rank("Expert")).isEqualTo(3);
    assertThat(own.description("Skilled")).contains("Adapts the model to the client.");
    assertThat(own.isSchoolDefault()).isFalse();
  }

  @Test
  void aCustomScaleHasTwoToTenDistinctDescribedLevels() {
    assertThatThrownBy(() -> DevelopmentalScale.custom("One", List.of(NOVICE)))
        .hasFieldOrPropertyWithValue("field", "levels");
    List<Level> eleven =
        IntStream.rangeClosed(1, 11).mapToObj(i -> new Level("L" + i, "Level " + i)).toList();
    assertThatThrownBy(() -> DevelopmentalScale.custom("Eleven", eleven))
        .hasFieldOrPropertyWithValue("field", "levels");
    assertThatThrownBy(() -> DevelopmentalScale.custom("Twice", List.of(NOVICE, NOVICE)))
        .hasFieldOrPropertyWithValue("field", "levels");
    assertThatThrownBy(
            () ->
                DevelopmentalScale.custom(
                    "Long", List.of(NOVICE, new Level("x".repeat(21), "Too long a name"))))
        .hasFieldOrPropertyWithValue("field", "levels");
    assertThatThrownBy(
            () -> DevelopmentalScale.custom("Comma", List.of(NOVICE, new Level("a,b", "Comma"))))
        .hasFieldOrPropertyWithValue("field", "levels");
    assertThatThrownBy(
            () -> DevelopmentalScale.custom("Undescribed", List.of(NOVICE, new Level("Two", " "))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "levels[1].description");
    assertThatThrownBy(
            () -> DevelopmentalScale.custom("Unnamed", List.of(NOVICE, new Level(null, "x"))))
        .hasFieldOrPropertyWithValue("field", "levels[1].name");
    assertThatThrownBy(() -> DevelopmentalScale.custom(" ", List.of(NOVICE, SKILLED)))
        .hasFieldOrPropertyWithValue("field", "name");
  }

  @Test
  void everyBuiltInKindIsAShippedScaleNotYetTheDefault() {
    assertThat(DevelopmentalScale.builtIn(ScaleKind.IDM).levels())
        .containsExactly("1", "2", "3", "3i");
    assertThat(DevelopmentalScale.builtIn(ScaleKind.IDM).isSchoolDefault()).isFalse();
    assertThat(DevelopmentalScale.builtIn(ScaleKind.EMCC).levels()).hasSize(4);
    assertThat(DevelopmentalScale.builtIn(ScaleKind.ICF).levels())
        .containsExactly("ACC", "PCC", "MCC");
    assertThat(DevelopmentalScale.builtIn(ScaleKind.ENTRUSTMENT).levels()).hasSize(5);
    assertThatThrownBy(() -> DevelopmentalScale.builtIn(ScaleKind.CUSTOM))
        .hasFieldOrPropertyWithValue("field", "kind");
    assertThatThrownBy(() -> DevelopmentalScale.builtIn(null))
        .hasFieldOrPropertyWithValue("field", "kind");
  }

  @Test
  void switchingTheDefaultLeavesTheOldScaleAndItsLevelsAsTheyWere() {
    DevelopmentalScale idm = DevelopmentalScale.idm();
    DevelopmentalScale emcc = DevelopmentalScale.emcc();

    idm.noLongerSchoolDefault();
    emcc.makeSchoolDefault();

    assertThat(idm.isSchoolDefault()).isFalse();
    assertThat(idm.levels()).containsExactly("1", "2", "3", "3i");
    assertThat(emcc.isSchoolDefault()).isTrue();
  }

  @Test
  void aRetiredKindIsKeptAndCanBeOfferedAgain() {
    CoreIssueType own = new CoreIssueType("PERFECTIONISM", "Perfectionism", null);

    own.retire();
    assertThat(own.isRetired()).isTrue();
    assertThat(own.code()).isEqualTo("PERFECTIONISM");

    own.reinstate();
    assertThat(own.isRetired()).isFalse();
  }

  @Test
  void renamingKeepsTheCode() {
    CoreIssueType own = new CoreIssueType("PERFECTIONISM", "Perfectionism", null);

    own.describe("Striving for perfection", "High standards that get in the way.");

    assertThat(own.code()).isEqualTo("PERFECTIONISM");
    assertThat(own.label()).isEqualTo("Striving for perfection");
    assertThatThrownBy(() -> own.describe(" ", null)).hasFieldOrPropertyWithValue("field", "label");
  }

  @Test
  void onlyAnUnusedKindOfTheSchoolsOwnMayBeDeleted() {
    CoreIssueType own = new CoreIssueType("PERFECTIONISM", "Perfectionism", null);
    CoreIssueType builtIn = CoreIssueType.defaults().get(0);

    own.requireDeletable(false);
    assertThatThrownBy(() -> own.requireDeletable(true))
        .hasFieldOrPropertyWithValue("field", "code")
        .hasMessageContaining("retire it");
    assertThatThrownBy(() -> builtIn.requireDeletable(false))
        .hasFieldOrPropertyWithValue("field", "code")
        .hasMessageContaining("retire it");
  }
}
