package io.parallax.ejb.accreditation.export;

import io.parallax.domain.accreditation.Requirement;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.ejb.analysis.export.CsvReport;
import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.analysis.export.ReportTable;
import io.parallax.ejb.analysis.export.ReportTable.Column;
import io.parallax.ejb.analysis.export.ReportTable.Kind;
import io.parallax.ejb.analysis.export.XlsxReport;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cohort's readiness as a table, for the school admin: the figures of the readiness page (status,
 * requirements met, coaching hours done of required, hours waiting for approval and not submitted,
 * the projected day) and then each requirement's done and required, one row per trainee by name. As
 * XLSX (one sheet) or CSV.
 */
public final class CohortReadinessDocument {

  /** The cohort's readiness, the school's today and the language. */
  public record Data(CohortReadiness cohort, LocalDate today, Locale locale) {
    public DocumentWords words() {
      return DocumentWords.of(locale);
    }
  }

  private CohortReadinessDocument() {}

  public static byte[] xlsx(Data data) {
    ReportTable table = table(data);
    return XlsxReport.write(table.title(), List.of(table));
  }

  public static byte[] csv(Data data) {
    return CsvReport.file(table(data));
  }

  /** E.g. {@code cohort-readiness-spring-2026-2026-11-29.xlsx}: the cohort's name made safe. */
  public static String fileName(Data data, String extension) {
    String slug =
        Normalizer.normalize(data.cohort().cohort(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return data.words().text("readiness.fileName")
        + (slug.isEmpty() ? "" : "-" + slug)
        + "-"
        + data.today()
        + "."
        + extension;
  }

  static ReportTable table(Data data) {
    DocumentWords w = data.words();
    List<Requirement> requirements = requirements(data.cohort());
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column(w.text("readiness.col.trainee"), Kind.TEXT),
                new Column(w.text("readiness.col.status"), Kind.TEXT),
                new Column(w.text("readiness.col.met"), Kind.COUNT),
                new Column(w.text("readiness.col.requirements"), Kind.COUNT),
                new Column(w.text("readiness.col.hours"), Kind.HOURS),
                new Column(w.text("readiness.col.hoursRequired"), Kind.HOURS),
                new Column(w.text("readiness.col.waiting"), Kind.HOURS),
                new Column(w.text("readiness.col.unsubmitted"), Kind.HOURS),
                new Column(w.text("readiness.col.projected"), Kind.DATE)));
    for (Requirement r : requirements) {
      String name = w.text("requirement." + r.name());
      columns.add(new Column(w.text("readiness.col.done", name), kind(r)));
      columns.add(new Column(w.text("readiness.col.required", name), kind(r)));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (TraineeReadiness t : data.cohort().trainees()) {
      rows.add(row(w, t, requirements));
    }
    return new ReportTable(
        w.text("readiness.title", data.cohort().cohort()),
        w.text("readiness.sheet"),
        w.text("readiness.fileName"),
        columns,
        rows);
  }

  private static List<Object> row(
      DocumentWords w, TraineeReadiness t, List<Requirement> requirements) {
    RequirementProgress coaching = find(t, Requirement.COACHING_HOURS);
    List<Object> row =
        new ArrayList<>(
            Arrays.asList(
                t.traineeName(),
                w.text(
                    "readiness.status."
                        + (t.ready() ? "ready" : t.behind() ? "behind" : "onTrack")),
                t.requirements().stream().filter(RequirementProgress::met).count(),
                (long) t.requirements().size(),
                coaching == null ? null : coaching.done(),
                coaching == null ? null : coaching.required(),
                coaching == null ? null : coaching.pending(),
                coaching == null ? null : coaching.unsubmitted(),
                t.ready() ? null : t.projected()));
    for (Requirement r : requirements) {
      RequirementProgress p = find(t, r);
      row.add(p == null ? null : p.done());
      row.add(p == null ? null : p.required());
    }
    return row;
  }

  /** The requirements of the cohort's track, in the order the first trainee's progress lists. */
  private static List<Requirement> requirements(CohortReadiness cohort) {
    return cohort.trainees().stream()
        .findFirst()
        .map(t -> t.requirements().stream().map(RequirementProgress::requirement).toList())
        .orElse(List.of());
  }

  private static RequirementProgress find(TraineeReadiness t, Requirement requirement) {
    return t.requirements().stream()
        .filter(p -> p.requirement() == requirement)
        .findFirst()
        .orElse(null);
  }

  private static Kind kind(Requirement requirement) {
    return switch (requirement.unit()) {
      case HOURS -> Kind.HOURS;
      case YEARS -> Kind.DECIMAL;
      case CLIENTS, MONTHS, PERIODS -> Kind.COUNT;
    };
  }
}
