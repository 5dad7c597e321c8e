package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevelopmentalScaleTest {

  @Test
  void theIntegratedDevelopmentalModelIsTheDefault() {
    DevelopmentalScale idm = DevelopmentalScale.idm();

    assertThat(idm.kind()).isEqualTo(ScaleKind.IDM);
    assertThat(idm.levels()).containsExactly("1", "2", "3", "3i");
    assertThat(idm.isSchoolDefault()).isTrue();
    assertThat(idm.rank("1")).isEqualTo(1);
    assertThat(idm.rank("3i")).isEqualTo(4);
  }

  @Test
  void aSchoolMayPickAnotherOrderedScale() {
    assertThat(DevelopmentalScale.emcc().levels())
        .containsExactly(
            "FOUNDATION", "PRACTITIONER", "SENIOR_PRACTITIONER", "MASTER_PRACTITIONER");
    assertThat(DevelopmentalScale.icf().levels()).containsExactly("ACC", "PCC", "MCC");
    assertThat(DevelopmentalScale.entrustment().levels()).containsExactly("1", "2", "3", "4", "5");
    assertThat(DevelopmentalScale.icf().isSchoolDefault()).isFalse();
    assertThat(DevelopmentalScale.icf().rank("MCC")).isEqualTo(3);
  }

  @Test
  void knowsItsLevels() {
    DevelopmentalScale icf = DevelopmentalScale.icf();

    assertThat(icf.hasLevel("PCC")).isTrue();
    assertThat(icf.hasLevel(" PCC ")).isTrue();
    assertThat(icf.hasLevel("pcc")).isFalse();
    assertThat(icf.hasLevel(null)).isFalse();
    assertThatThrownBy(() -> icf.rank("3i"))
        .satisfies(fieldIs("level"))
        .hasMessage("'3i' is not a level of the scale ICF credentials: pick one of ACC, PCC, MCC.");
  }

  @Test
  void aCustomScaleHasTwoToTenDistinctCodes() {
    DevelopmentalScale custom =
        new DevelopmentalScale(ScaleKind.CUSTOM, "Apprenticeship", List.of(" novice ", "expert"));

    assertThat(custom.levels()).containsExactly("novice", "expert");
    assertThatThrownBy(() -> custom(List.of("only"))).satisfies(fieldIs("levels"));
    assertThatThrownBy(() -> custom(codes(11))).satisfies(fieldIs("levels"));
    assertThatThrownBy(() -> custom(null)).satisfies(fieldIs("levels"));
    assertThat(custom(codes(10)).levels()).hasSize(10);
  }

  @Test
  void refusesDuplicateBlankLongOrCommaCodes() {
    assertThatThrownBy(() -> custom(List.of("A", "B", "A")))
        .satisfies(fieldIs("levels"))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> custom(Arrays.asList("A", null))).satisfies(fieldIs("levels"));
    assertThatThrownBy(() -> custom(List.of("A", " "))).satisfies(fieldIs("levels"));
    assertThatThrownBy(() -> custom(List.of("A", "B,C"))).satisfies(fieldIs("levels"));
    assertThatThrownBy(() -> custom(List.of("A", "x".repeat(21)))).satisfies(fieldIs("levels"));
    assertThat(custom(List.of("A", "x".repeat(20))).rank("x".repeat(20))).isEqualTo(2);
  }

  @Test
  void refusesLevelsLongerThanTheirColumnTogether() {
    List<String> long10 = IntStream.range(0, 10).mapToObj(i -> i + "x".repeat(19)).toList();

    assertThatThrownBy(() -> custom(long10))
        .satisfies(fieldIs("levels"))
        .hasMessageContaining("200 characters");
  }

  @Test
  void needsAKindAndAName() {
    assertThatThrownBy(() -> new DevelopmentalScale(null, "X", List.of("1", "2")))
        .satisfies(fieldIs("kind"));
    assertThatThrownBy(() -> new DevelopmentalScale(ScaleKind.CUSTOM, " ", List.of("1", "2")))
        .satisfies(fieldIs("name"));
  }

  @Test
  void passesTheSchoolDefaultOn() {
    DevelopmentalScale idm = DevelopmentalScale.idm();
    DevelopmentalScale emcc = DevelopmentalScale.emcc();

    idm.noLongerSchoolDefault();
    emcc.makeSchoolDefault();

    assertThat(idm.isSchoolDefault()).isFalse();
    assertThat(emcc.isSchoolDefault()).isTrue();
  }

  @Test
  void storesTheLevelsInOrderInOneColumn() {
    LevelCodesColumn column = new LevelCodesColumn();

    String stored = column.convertToDatabaseColumn(List.of("1", "2", "3", "3i"));

    assertThat(stored).isEqualTo("1,2,3,3i");
    assertThat(column.convertToEntityAttribute(stored)).containsExactly("1", "2", "3", "3i");
  }

  private static DevelopmentalScale custom(List<String> levels) {
    return new DevelopmentalScale(ScaleKind.CUSTOM, "Custom", levels);
  }

  private static List<String> codes(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "L" + i).toList();
  }

  static Consumer<Throwable> fieldIs(String field) {
    return thrown ->
        assertThat(thrown)
            .isInstanceOfSatisfying(
                DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }
}
