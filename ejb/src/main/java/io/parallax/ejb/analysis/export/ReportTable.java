package io.parallax.ejb.analysis.export;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.ContractingFigures;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.TraineeModelling;
import io.parallax.ejb.analysis.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sections of a cohort report as typed tables, shared by every file format so that CSV, XLSX
 * and PDF always say the same thing: a title, a sheet name and a file name in the requester's
 * language, headed columns, and rows of cells that are text ({@link String}), counts ({@link
 * Long}), decimals ({@link Double}), shares 0–1 ({@link Double} in a {@link Kind#PERCENT} column),
 * hours with two decimals (any {@link Number}) or days ({@link LocalDate}); null is an empty cell.
 * Other documents (the accreditation exports) build their tables of the same kinds.
 */
public record ReportTable(
    String title,
    String sheetName,
    String fileName,
    List<Column> columns,
    List<List<Object>> rows) {

  /** What a column holds, so each format writes it as what it is. */
  public enum Kind {
    TEXT,
    COUNT,
    DECIMAL,
    PERCENT,
    /** Hours with two decimals (a 45-minute session is 0.75). */
    HOURS,
    /** A day: ISO in CSV, a date cell in XLSX, the language's date in PDF. */
    DATE
  }

  public record Column(String heading, Kind kind) {}

  public static List<ReportTable> of(CohortReportData data) {
    return List.of(trend(data), heatMap(data), signals(data), modelling(data), stages(data));
  }

  /** A cell as text in the document's language (percentages as percentages). */
  public static String text(DocumentWords words, Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> value.toString();
      case COUNT -> words.number((Number) value, 0);
      case DECIMAL -> words.number((Number) value, 1);
      case PERCENT -> words.percent(((Number) value).doubleValue());
      case HOURS -> words.number((Number) value, 2);
      case DATE -> words.date((LocalDate) value);
    };
  }

  static ReportTable trend(CohortReportData data) {
    DocumentWords w = data.words();
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column(w.text("col.period"), Kind.TEXT),
                new Column(w.text("col.kind"), Kind.TEXT),
                new Column(w.text("col.sessions"), Kind.COUNT),
                new Column(w.text("col.meanScore"), Kind.DECIMAL)));
    for (ContractingElement e : ContractingElement.values()) {
      columns.add(new Column(w.text("col.clear", w.element(e)), Kind.PERCENT));
    }
    for (DriftMarker m : DriftMarker.values()) {
      columns.add(new Column(w.drift(m), Kind.PERCENT));
    }
    columns.add(new Column(w.text("col.anyDrift"), Kind.PERCENT));
    List<List<Object>> rows = new ArrayList<>();
    for (TrendPoint point : data.trend().points()) {
      String period = w.date(point.start());
      rows.add(figures(period, w.text("kind.client"), point.all().client()));
      rows.add(figures(period, w.text("kind.supervision"), point.all().supervision()));
    }
    return new ReportTable(
        w.text("table.trend", w.text("periodUnit." + data.trend().period().name())),
        w.text("sheet.trend"),
        w.text("file.trend"),
        columns,
        rows);
  }

  private static List<Object> figures(String period, String kind, ContractingFigures f) {
    List<Object> row = new ArrayList<>(List.of(period, kind, f.sessions()));
    row.add(f.meanScore());
    for (ContractingElement e : ContractingElement.values()) {
      row.add(f.clearShare().get(e));
    }
    for (DriftMarker m : DriftMarker.values()) {
      row.add(f.driftRate().get(m));
    }
    row.add(f.anyDriftRate());
    return row;
  }

  /**
   * The trainees × elements heat map of the web report: per element the lower of the trainee's weak
   * shares with clients and in supervision, so a high share is a mirrored weakness.
   */
  static ReportTable heatMap(CohortReportData data) {
    DocumentWords w = data.words();
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column(w.text("col.trainee"), Kind.TEXT),
                new Column(w.text("col.signal"), Kind.TEXT)));
    for (ContractingElement e : ContractingElement.values()) {
      columns.add(new Column(w.element(e), Kind.PERCENT));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ParallelProcessSignal s : data.signals()) {
      List<Object> row = new ArrayList<>(List.of(s.traineeName(), w.signal(s.level())));
      for (ContractingElement e : ContractingElement.values()) {
        row.add(mirroredWeakness(s, e));
      }
      rows.add(row);
    }
    return new ReportTable(
        w.text("table.heat"), w.text("sheet.heat"), w.text("file.heat"), columns, rows);
  }

  /** The lower of the weak shares with clients and in supervision; null unless both are known. */
  public static Double mirroredWeakness(ParallelProcessSignal signal, ContractingElement element) {
    Double client = signal.clientWeakShare().get(element);
    Double supervision = signal.supervisionWeakShare().get(element);
    return client == null || supervision == null ? null : Math.min(client, supervision);
  }

  static ReportTable signals(CohortReportData data) {
    DocumentWords w = data.words();
    List<Column> columns =
        List.of(
            new Column(w.text("col.trainee"), Kind.TEXT),
            new Column(w.text("col.signal"), Kind.TEXT),
            new Column(w.text("col.points"), Kind.COUNT),
            new Column(w.text("col.mirroredElements"), Kind.TEXT),
            new Column(w.text("col.mirroredDrift"), Kind.TEXT),
            new Column(w.text("col.overResponsibility"), Kind.TEXT),
            new Column(w.text("col.observations"), Kind.COUNT),
            new Column(w.text("col.clientSessions"), Kind.COUNT),
            new Column(w.text("col.supervisionSessions"), Kind.COUNT));
    List<List<Object>> rows = new ArrayList<>();
    for (ParallelProcessSignal s : data.signals()) {
      rows.add(
          Arrays.asList(
              s.traineeName(),
              w.signal(s.level()),
              (long) s.points(),
              s.mirroredElements().stream()
                  .sorted()
                  .map(w::element)
                  .collect(Collectors.joining(", ")),
              s.mirroredDrift().stream().sorted().map(w::drift).collect(Collectors.joining(", ")),
              w.text(s.overResponsibility() ? "yes" : "no"),
              s.observations(),
              s.clientSessions(),
              s.supervisionSessions()));
    }
    return new ReportTable(
        w.text("table.signals", w.date(data.asOf())),
        w.text("sheet.signals"),
        w.text("file.signals"),
        columns,
        rows);
  }

  static ReportTable modelling(CohortReportData data) {
    DocumentWords w = data.words();
    List<Column> columns =
        List.of(
            new Column(w.text("col.trainee"), Kind.TEXT),
            new Column(w.text("col.modelledSessions"), Kind.COUNT),
            new Column(w.text("col.modelledChange"), Kind.DECIMAL),
            new Column(w.text("col.otherSessions"), Kind.COUNT),
            new Column(w.text("col.otherChange"), Kind.DECIMAL),
            new Column(w.text("col.effect"), Kind.DECIMAL));
    List<List<Object>> rows = new ArrayList<>();
    for (TraineeModelling t : data.modelling().trainees()) {
      rows.add(effect(t.traineeName(), t.effect()));
    }
    rows.add(effect(w.text("wholeCohort"), data.modelling().all()));
    return new ReportTable(
        w.text("table.modelling", data.modelling().windowDays()),
        w.text("sheet.modelling"),
        w.text("file.modelling"),
        columns,
        rows);
  }

  private static List<Object> effect(String name, io.parallax.ejb.analysis.ModellingEffect e) {
    return Arrays.asList(
        name,
        e.modelledSessions(),
        e.modelledChange(),
        e.otherSessions(),
        e.otherChange(),
        e.effect());
  }

  static ReportTable stages(CohortReportData data) {
    DocumentWords w = data.words();
    List<Column> columns =
        List.of(
            new Column(w.text("col.level"), Kind.TEXT),
            new Column(w.text("col.traineesNow"), Kind.COUNT),
            new Column(w.text("col.meanDays"), Kind.DECIMAL));
    List<List<Object>> rows = new ArrayList<>();
    data.stages()
        .distribution()
        .forEach(
            (level, count) ->
                rows.add(
                    Arrays.asList(
                        w.level(level), count, data.stages().meanDaysInLevel().get(level))));
    return new ReportTable(
        w.text("table.stages"), w.text("sheet.stages"), w.text("file.stages"), columns, rows);
  }
}
