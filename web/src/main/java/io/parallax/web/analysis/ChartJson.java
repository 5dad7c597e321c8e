package io.parallax.web.analysis;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations as JSON for PrimeFaces' {@code p:chart}: line charts, (stacked) bar
 * charts. A null value is a gap in the line or an empty bar.
 */
public final class ChartJson {

  static final List<String> COLOURS =
      List.of("#1e3a5f", "#e07a1f", "#2a9d8f", "#b5179e", "#6c757d", "#8ab17d");

  /** One series of a chart: its label and one value per label of the chart. */
  public record Series(String label, List<Double> values) {}

  private ChartJson() {}

  public static String line(List<String> labels, List<Series> series, String yTitle, Double yMax) {
    return chart("line", labels, series, false, yTitle, yMax);
  }

  public static String bar(
      List<String> labels, List<Series> series, boolean stacked, String yTitle) {
    return chart("bar", labels, series, stacked, yTitle, null);
  }

  /** A bar chart whose value axis ends at {@code yMax} (e.g. 100 for shares in %). */
  public static String bar(
      List<String> labels, List<Series> series, boolean stacked, String yTitle, Double yMax) {
    return chart("bar", labels, series, stacked, yTitle, yMax);
  }

  private static String chart(
      String type,
      List<String> labels,
      List<Series> series,
      boolean stacked,
      String yTitle,
      Double yMax) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      String colour = COLOURS.get(i % COLOURS.size());
      JsonArrayBuilder data = Json.createArrayBuilder();
      series
          .get(i)
          .values()
          .forEach(
              v -> {
                if (v == null) {
                  data.addNull();
                } else {
                  data.add(Math.round(v * 10) / 10.0);
                }
              });
      sets.add(
          Json.createObjectBuilder()
              .add("label", series.get(i).label())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("fill", false)
              .add("spanGaps", true));
    }
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("stacked", stacked)
            .add("beginAtZero", true)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
    if (yMax != null) {
      y.add("max", yMax);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add("y", y)))
        .build()
        .toString();
  }
}
