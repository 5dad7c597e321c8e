package io.parallax.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.SignalLevel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChartsAndHeatMapTest {

  @Test
  void chartJsonHasLabelsSeriesAndGaps() {
    String json =
        ChartJson.line(
            List.of("2026-01-01", "2026-02-01"),
            List.of(new ChartJson.Series("Focus", Arrays.asList(50.04, null))),
            "%",
            100.0);

    assertThat(json)
        .contains("\"type\":\"line\"")
        .contains("\"labels\":[\"2026-01-01\",\"2026-02-01\"]")
        .contains("\"data\":[50.0,null]")
        .contains("\"max\":100.0");
  }

  @Test
  void heatCellIsTheLowerWeakShareOfBothPlaces() {
    // FOCUS: 0.8 with clients, 0.6 in supervision -> 60, shade 3; OUTCOME: 0.9 / 0.1 -> 10
    Map<ContractingElement, Double> client = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, Double> supervision = new EnumMap<>(ContractingElement.class);
    client.put(ContractingElement.FOCUS, 0.8);
    supervision.put(ContractingElement.FOCUS, 0.6);
    client.put(ContractingElement.OUTCOME, 0.9);
    supervision.put(ContractingElement.OUTCOME, 0.1);
    ParallelProcessSignal signal =
        new ParallelProcessSignal(
            UUID.randomUUID(),
            "Ann",
            SignalLevel.POSSIBLE,
            2,
            true,
            5,
            3,
            Set.of(ContractingElement.FOCUS),
            Set.of(),
            false,
            0,
            client,
            supervision,
            List.of());

    HeatRow row = HeatRow.of(signal);

    assertThat(row.cells().get(0).weakness()).isEqualTo(60);
    assertThat(row.cells().get(0).shade()).isEqualTo("px-heat-3");
    assertThat(row.cells().get(0).mirrored()).isTrue();
    assertThat(row.cells().get(1).weakness()).isEqualTo(10);
    assertThat(row.cells().get(2).weakness()).isNull();
    assertThat(row.cells().get(2).shade()).isEqualTo("px-heat-none");
  }
}
