package io.parallax.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.DomainRuleViolation;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

  private final RecordIdsColumn column = new RecordIdsColumn();

  @Test
  void storesIdsInOrderInOneColumn() {
    List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

    String stored = column.convertToDatabaseColumn(ids);

    assertThat(stored).isEqualTo(ids.get(0) + "," + ids.get(1));
    assertThat(column.convertToEntityAttribute(stored)).isEqualTo(ids);
    assertThat(column.convertToDatabaseColumn(List.of())).isEmpty();
    assertThat(column.convertToEntityAttribute("")).isEmpty();
  }

  @Test
  void theMostIdsFitTheirColumn() {
    List<UUID> most = IntStream.range(0, RecordIds.MAX).mapToObj(i -> UUID.randomUUID()).toList();

    assertThat(
            column
                .convertToDatabaseColumn(
                    RecordIds.of(most, "ids", DomainRuleViolation.phrase("ids")))
                .length())
        .isLessThanOrEqualTo(RecordIdsColumn.LENGTH);
  }
}
