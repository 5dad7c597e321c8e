package io.parallax.ejb.accreditation.export;

import io.parallax.domain.accreditation.HourStatus;
import io.parallax.ejb.analysis.export.CsvReport;
import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.analysis.export.ReportTable;
import io.parallax.ejb.analysis.export.ReportTable.Column;
import io.parallax.ejb.analysis.export.ReportTable.Kind;
import io.parallax.ejb.analysis.export.XlsxReport;
import io.parallax.ejb.practice.CoachingHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ICF client coaching log as files: XLSX with the log (approved hours and their total), a sheet
 * of the hours not yet approved (a total per state) and a sheet saying what the log is; CSV with
 * the log, its total and a last line saying how many hours wait for approval. The columns are the
 * ICF template's, after Parallax's client code: Client Name and Contact Information stay empty for
 * the coach to fill in outside Parallax. Dates ISO, hours numbers with two decimals.
 */
public final class IcfLogDocument {

  /** The coach, the school's today (the file's day), the language and the log. */
  public record Data(String coachName, LocalDate today, Locale locale, IcfCoachingLog log) {
    public DocumentWords words() {
      return DocumentWords.of(locale);
    }
  }

  private IcfLogDocument() {}

  public static byte[] xlsx(Data data) {
    return XlsxReport.write(
        data.words().text("icf.title"), List.of(log(data), unapproved(data), about(data)));
  }

  /** The log, its total, then the line on the hours left out (CSV, UTF-8). */
  public static byte[] csv(Data data) {
    DocumentWords w = data.words();
    ReportTable log = log(data);
    List<List<Object>> rows = new ArrayList<>(log.rows());
    List<Object> note = new ArrayList<>(Arrays.asList(new Object[log.columns().size()]));
    note.set(0, w.text("icf.note.waiting.csv", waiting(data), unsubmitted(data)));
    rows.add(note);
    return CsvReport.file(
        new ReportTable(log.title(), log.sheetName(), log.fileName(), log.columns(), rows));
  }

  /** The file's name: {@code icf-coaching-log-2026-11-29.xlsx}. */
  public static String fileName(Data data, String extension) {
    return data.words().text("icf.fileName") + "-" + data.today() + "." + extension;
  }

  static List<Column> columns(DocumentWords w) {
    return List.of(
        new Column(w.text("icf.col.code"), Kind.TEXT),
        new Column(w.text("icf.col.name"), Kind.TEXT),
        new Column(w.text("icf.col.contact"), Kind.TEXT),
        new Column(w.text("icf.col.kind"), Kind.TEXT),
        new Column(w.text("icf.col.groupSize"), Kind.COUNT),
        new Column(w.text("icf.col.start"), Kind.DATE),
        new Column(w.text("icf.col.end"), Kind.DATE),
        new Column(w.text("icf.col.paid"), Kind.HOURS),
        new Column(w.text("icf.col.proBono"), Kind.HOURS),
        new Column(w.text("icf.col.total"), Kind.HOURS),
        new Column(w.text("icf.col.sessions"), Kind.COUNT));
  }

  /** The approved rows and their total: the log proper. */
  static ReportTable log(Data data) {
    DocumentWords w = data.words();
    List<List<Object>> rows = new ArrayList<>();
    data.log().rows(HourStatus.APPROVED).forEach(r -> rows.add(row(w, r)));
    rows.add(total(w.text("icf.total"), data.log().total(HourStatus.APPROVED)));
    return new ReportTable(
        w.text("icf.title"), w.text("icf.sheet"), w.text("icf.fileName"), columns(w), rows);
  }

  /** Waiting, then not submitted rows, each state followed by its total; the state first. */
  static ReportTable unapproved(Data data) {
    DocumentWords w = data.words();
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(w.text("icf.col.status"), Kind.TEXT));
    columns.addAll(columns(w));
    List<List<Object>> rows = new ArrayList<>();
    for (HourStatus status : List.of(HourStatus.SUBMITTED, HourStatus.NOT_SUBMITTED)) {
      String state = w.text("icf.status." + status.name());
      for (IcfCoachingLog.Row r : data.log().rows(status)) {
        rows.add(prefixed(state, row(w, r)));
      }
      rows.add(prefixed(state, total(w.text("icf.total.status", state), data.log().total(status))));
    }
    return new ReportTable(
        w.text("icf.sheet.waiting"), w.text("icf.sheet.waiting"), "", columns, rows);
  }

  /** What the log is, line by line. */
  static ReportTable about(Data data) {
    DocumentWords w = data.words();
    List<List<Object>> rows = new ArrayList<>();
    for (String line :
        List.of(
            w.text("icf.note.coach", data.coachName(), data.today().toString()),
            w.text("icf.note.identities"),
            w.text("icf.note.approved"),
            w.text("icf.note.waiting", waiting(data), unsubmitted(data)),
            w.text("icf.note.group"),
            w.text("icf.note.dates"))) {
      rows.add(List.of(line));
    }
    return new ReportTable(
        w.text("icf.sheet.about"),
        w.text("icf.sheet.about"),
        "",
        List.of(new Column(w.text("icf.col.about"), Kind.TEXT)),
        rows);
  }

  private static List<Object> row(DocumentWords w, IcfCoachingLog.Row r) {
    return Arrays.asList(
        r.clientCode(),
        null,
        null,
        w.text(r.group() ? "icf.group" : "icf.individual"),
        r.group() ? (long) r.groupSize() : null,
        r.start(),
        r.end(),
        r.hours().paidHours(),
        r.hours().proBonoHours(),
        r.hours().totalHours(),
        r.sessions());
  }

  private static List<Object> total(String label, IcfCoachingLog.Total t) {
    CoachingHours h = t.hours();
    return Arrays.asList(
        label,
        null,
        null,
        null,
        null,
        t.start(),
        t.end(),
        h.paidHours(),
        h.proBonoHours(),
        h.totalHours(),
        t.sessions());
  }

  private static List<Object> prefixed(String first, List<Object> rest) {
    List<Object> row = new ArrayList<>();
    row.add(first);
    row.addAll(rest);
    return row;
  }

  private static String waiting(Data data) {
    return hours(data, data.log().total(HourStatus.SUBMITTED).hours());
  }

  private static String unsubmitted(Data data) {
    return hours(data, data.log().total(HourStatus.NOT_SUBMITTED).hours());
  }

  private static String hours(Data data, CoachingHours h) {
    return data.words().number(h.totalHours(), 2);
  }
}
