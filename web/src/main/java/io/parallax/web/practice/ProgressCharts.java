package io.parallax.web.practice;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.PracticeMonth;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * The progress dashboard's charts as Chart.js configurations (the JSON {@code p:chart} draws), one
 * point per month: the session contracting score, the share of CLEAR per element, the drift markers
 * per session, and the paid and pro-bono hours. {@code label} turns a bundle key into text.
 */
final class ProgressCharts {

  private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#9333ea"};

  private final List<PracticeMonth> months;
  private final Function<String, String> label;
  private final DateTimeFormatter monthFormat;

  ProgressCharts(PracticeFigures figures, Function<String, String> label, Locale locale) {
    this.months = figures.months();
    this.label = label;
    this.monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
  }

  String score() {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(line(label.apply("progress.score.series"), COLOURS[0], PracticeMonth::score));
    return chart("line", datasets, percentAxis(100));
  }

  String clearShare() {
    return percentLines(
        ContractingElement.values(), "element.", (m, element) -> m.clearShare(element));
  }

  String drift() {
    return percentLines(DriftMarker.values(), "drift.", (m, marker) -> m.driftRate(marker));
  }

  /** A line per constant, named by its bundle key {@code prefix + name}: its share in percent. */
  private <E extends Enum<E>> String percentLines(
      E[] constants, String prefix, ToDoubleBiFunction<PracticeMonth, E> share) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < constants.length; i++) {
      E constant = constants[i];
      datasets.add(
          line(
              label.apply(prefix + constant.name()),
              COLOURS[i],
              m -> round(100 * share.applyAsDouble(m, constant))));
    }
    return chart("line", datasets, percentAxis(100));
  }

  String hours() {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                bar(
                    label.apply("progress.paid"),
                    COLOURS[0],
                    m -> m.hours().paidHours().doubleValue()))
            .add(
                bar(
                    label.apply("progress.proBono"),
                    COLOURS[1],
                    m -> m.hours().proBonoHours().doubleValue()));
    JsonObject scales =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", true))
            .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))
            .build();
    return chart("bar", datasets, scales);
  }

  private String chart(String type, JsonArrayBuilder datasets, JsonObject scales) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(m -> labels.add(monthFormat.format(m.month())));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", scales))
        .build()
        .toString();
  }

  private JsonObjectBuilder line(String name, String colour, ToDoubleFunction<PracticeMonth> y) {
    return dataset(name, colour, y).add("fill", false).add("tension", 0.25);
  }

  private JsonObjectBuilder bar(String name, String colour, ToDoubleFunction<PracticeMonth> y) {
    return dataset(name, colour, y);
  }

  private JsonObjectBuilder dataset(String name, String colour, ToDoubleFunction<PracticeMonth> y) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    months.forEach(m -> data.add(round(y.applyAsDouble(m))));
    return Json.createObjectBuilder()
        .add("label", name)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static JsonObject percentAxis(int max) {
    return Json.createObjectBuilder()
        .add("y", Json.createObjectBuilder().add("min", 0).add("max", max))
        .build();
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
