package io.parallax.ejb.analysis.export;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.ejb.analysis.ContractingFigures;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.TraineeModelling;
import io.parallax.ejb.analysis.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sections of a cohort report as tables of text cells (heading row first), shared by every file
 * format so that CSV, XLSX and PDF always say the same thing.
 */
public record ReportTable(String title, List<List<String>> rows) {

  public static List<ReportTable> of(CohortReportData data) {
    return List.of(trend(data), signals(data), modelling(data), stages(data));
  }

  static ReportTable trend(CohortReportData data) {
    List<List<String>> rows = new ArrayList<>();
    List<String> heading =
        new ArrayList<>(List.of("period", "sessions of", "sessions", "mean score"));
    for (ContractingElement e : ContractingElement.values()) {
      heading.add(e.name().toLowerCase(Locale.ROOT) + " clear");
    }
    for (DriftMarker m : DriftMarker.values()) {
      heading.add(m.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    heading.add("any drift");
    rows.add(heading);
    for (TrendPoint point : data.trend().points()) {
      rows.add(figures(point.start().toString(), "client", point.all().client()));
      rows.add(figures(point.start().toString(), "supervision", point.all().supervision()));
    }
    return new ReportTable(
        "Contracting trend by " + data.trend().period().name().toLowerCase(Locale.ROOT), rows);
  }

  private static List<String> figures(String period, String kind, ContractingFigures f) {
    List<String> row =
        new ArrayList<>(List.of(period, kind, Long.toString(f.sessions()), number(f.meanScore())));
    for (ContractingElement e : ContractingElement.values()) {
      row.add(share(f.clearShare().get(e)));
    }
    for (DriftMarker m : DriftMarker.values()) {
      row.add(share(f.driftRate().get(m)));
    }
    row.add(share(f.anyDriftRate()));
    return row;
  }

  static ReportTable signals(CohortReportData data) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "trainee",
            "signal",
            "points",
            "mirrored elements",
            "mirrored drift",
            "over-responsibility",
            "observations",
            "client sessions",
            "supervision sessions"));
    for (ParallelProcessSignal s : data.signals()) {
      rows.add(
          List.of(
              s.traineeName(),
              s.level().name(),
              Integer.toString(s.points()),
              s.mirroredElements().stream().map(Enum::name).collect(Collectors.joining(" ")),
              s.mirroredDrift().stream().map(Enum::name).collect(Collectors.joining(" ")),
              s.overResponsibility() ? "yes" : "no",
              Long.toString(s.observations()),
              Long.toString(s.clientSessions()),
              Long.toString(s.supervisionSessions())));
    }
    return new ReportTable("Parallel-process signals, window ending " + data.asOf(), rows);
  }

  static ReportTable modelling(CohortReportData data) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "trainee",
            "modelled sessions",
            "change after modelled",
            "other sessions",
            "change after others",
            "effect"));
    for (TraineeModelling t : data.modelling().trainees()) {
      var e = t.effect();
      rows.add(
          List.of(
              t.traineeName(),
              Long.toString(e.modelledSessions()),
              number(e.modelledChange()),
              Long.toString(e.otherSessions()),
              number(e.otherChange()),
              number(e.effect())));
    }
    var all = data.modelling().all();
    rows.add(
        List.of(
            "whole cohort",
            Long.toString(all.modelledSessions()),
            number(all.modelledChange()),
            Long.toString(all.otherSessions()),
            number(all.otherChange()),
            number(all.effect())));
    return new ReportTable(
        "Positive parallel process (" + data.modelling().windowDays() + " days either side)", rows);
  }

  static ReportTable stages(CohortReportData data) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("level", "trainees now", "mean days in level"));
    data.stages()
        .distribution()
        .forEach(
            (level, count) ->
                rows.add(
                    List.of(
                        level,
                        Long.toString(count),
                        number(data.stages().meanDaysInLevel().get(level)))));
    return new ReportTable("Stage progression", rows);
  }

  static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
  }

  static String share(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
  }
}
