package io.parallax.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SevenEyedModeTest {

  @Test
  void numbersTheModesAsTheModelDoes() {
    assertThat(SevenEyedMode.CLIENT.number()).isEqualTo(1);
    assertThat(SevenEyedMode.PARALLEL_PROCESS.number()).isEqualTo(5);
    assertThat(SevenEyedMode.WIDER_CONTEXT.number()).isEqualTo(7);
  }

  @Test
  void storesAllSevenModesInTheirColumn() {
    SevenEyedModesColumn column = new SevenEyedModesColumn();

    String stored = column.convertToDatabaseColumn(EnumSet.allOf(SevenEyedMode.class));

    assertThat(stored.length()).isLessThanOrEqualTo(120);
    assertThat(column.convertToEntityAttribute(stored))
        .isEqualTo(EnumSet.allOf(SevenEyedMode.class));
    assertThat(column.convertToEntityAttribute("")).isEmpty();
  }

  @Test
  void storesCoreIssueCodesSorted() {
    CoreIssueCodesColumn column = new CoreIssueCodesColumn();

    String stored = column.convertToDatabaseColumn(Set.of("SKILL_GAP", "BOUNDARY"));

    assertThat(stored).isEqualTo("BOUNDARY,SKILL_GAP");
    assertThat(column.convertToEntityAttribute(stored)).containsExactly("BOUNDARY", "SKILL_GAP");
    assertThat(column.convertToEntityAttribute("")).isEmpty();
  }
}
