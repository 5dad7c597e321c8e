package io.parallax.web.practice;

import static io.parallax.domain.contracting.ContractingElement.FOCUS;
import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.PracticeMonth;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressChartsTest {

  private final PracticeFigures figures =
      new PracticeFigures(
          List.of(
              new PracticeMonth(
                  YearMonth.of(2026, 1),
                  2,
                  Map.of(FOCUS, 1L),
                  Map.of(),
                  Map.of(DriftMarker.CIRCLING, 1L),
                  new CoachingHours(90, 45),
                  0,
                  0),
              new PracticeMonth(
                  YearMonth.of(2026, 2),
                  1,
                  Map.of(FOCUS, 1L),
                  Map.of(),
                  Map.of(),
                  new CoachingHours(60, 0),
                  0,
                  0)),
          2);

  private final ProgressCharts charts = new ProgressCharts(figures, key -> key, Locale.ENGLISH);

  @Test
  void theScoreIsALineOfOnePointPerMonth() {
    JsonObject chart = parse(charts.score());

    assertThat(chart.getString("type")).isEqualTo("line");
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("Jan 2026");
    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonNumber(0)
                .doubleValue())
        .isEqualTo(12.5);
  }

  @Test
  void clearSharesAndDriftArePercentPerElementAndMarker() {
    JsonObject clear = parse(charts.clearShare());
    JsonObject drift = parse(charts.drift());

    assertThat(clear.getJsonObject("data").getJsonArray("datasets")).hasSize(4);
    assertThat(dataOf(clear, 0)).isEqualTo("[50.0,100.0]");
    assertThat(
            clear
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getString("label"))
        .isEqualTo("element.FOCUS");
    assertThat(dataOf(drift, 3)).isEqualTo("[50.0,0.0]");
  }

  @Test
  void hoursArePaidAndProBonoBarsStacked() {
    JsonObject hours = parse(charts.hours());

    assertThat(hours.getString("type")).isEqualTo("bar");
    assertThat(dataOf(hours, 0)).isEqualTo("[1.5,1.0]");
    assertThat(dataOf(hours, 1)).isEqualTo("[0.8,0.0]");
  }

  private static String dataOf(JsonObject chart, int dataset) {
    return chart
        .getJsonObject("data")
        .getJsonArray("datasets")
        .getJsonObject(dataset)
        .getJsonArray("data")
        .toString();
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
