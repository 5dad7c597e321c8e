package io.parallax.ejb.accreditation.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourKind;
import io.parallax.domain.accreditation.HourStatus;
import io.parallax.domain.accreditation.Readiness;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.ejb.analysis.export.DocumentWords;
import io.parallax.ejb.analysis.export.PdfLayout;
import io.parallax.ejb.analysis.export.ReportTable;
import io.parallax.ejb.analysis.export.ReportTable.Column;
import io.parallax.ejb.analysis.export.ReportTable.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The EMCC-style portfolio summary a trainee hands to the credentialing body, as PDF in the look of
 * Parallax's reports: the track with each requirement's done of required (approved hours only, the
 * unapproved beside them), client hours and clients, the span of practice, supervision (sessions,
 * hours, and each quarter of the last 12 months), mentor coaching, CPD, and the periods the
 * supervisor approved (period, approver, day). In the trainee's language.
 */
public final class PortfolioDocument {

  /** The months of one supervision period; four of them make the last 12 months. */
  static final int QUARTER_MONTHS = 3;

  /**
   * What the summary holds: {@code entries} are the trainee's hour entries of every kind (a client
   * session's {@link HourEntry#client()} is the client's code), {@code practiceSince} the day
   * initial training ended (null: not known).
   */
  public record Data(
      String schoolName,
      String traineeName,
      ZonedDateTime generatedAt,
      LocalDate today,
      Locale locale,
      TraineeReadiness readiness,
      LocalDate practiceSince,
      List<HourEntry> entries,
      List<Approval> approvals) {
    public DocumentWords words() {
      return DocumentWords.of(locale);
    }
  }

  /** A period the supervisor approved: its days, who approved it and when, its client hours. */
  public record Approval(
      LocalDate from,
      LocalDate to,
      String approver,
      LocalDate approvedOn,
      BigDecimal clientHours) {}

  private PortfolioDocument() {}

  /** E.g. {@code portfolio-summary-2026-11-29.pdf}. */
  public static String fileName(Data data) {
    return data.words().text("portfolio.fileName") + "-" + data.today() + ".pdf";
  }

  public static byte[] pdf(Data data) {
    DocumentWords w = data.words();
    PdfLayout layout = new PdfLayout(w, data.schoolName(), data.traineeName(), data.generatedAt());
    return layout.write(
        PageSize.A4,
        w.text("portfolio.title"),
        null,
        document -> {
          document.add(layout.title(w.text("portfolio.title")));
          document.add(layout.note(data.traineeName()));
          requirements(document, layout, data);
          clients(document, layout, data);
          supervision(document, layout, data);
          mentorCoaching(document, layout, data);
          cpd(document, layout, data);
          approvals(document, layout, data);
        });
  }

  private static void requirements(Document document, PdfLayout layout, Data data)
      throws DocumentException {
    DocumentWords w = data.words();
    TraineeReadiness r = data.readiness();
    if (r == null || r.track() == null) {
      document.add(layout.note(w.text("portfolio.noTrack")));
      return;
    }
    document.add(layout.heading(w.text("portfolio.track", r.track(), r.cohort())));
    document.add(layout.note(w.text("portfolio.requirements")));
    PdfPTable table = layout.table(requirementTable(data));
    table.setWidths(new float[] {3.2f, 1, 1, 0.8f, 1.5f, 1.5f});
    document.add(table);
    String outlook =
        r.ready()
            ? w.text("portfolio.ready")
            : r.projected() == null
                ? w.text("portfolio.noProjection")
                : w.text("portfolio.projected", w.date(r.projected()));
    document.add(layout.note(outlook));
  }

  static ReportTable requirementTable(Data data) {
    DocumentWords w = data.words();
    List<Column> columns =
        List.of(
            new Column(w.text("portfolio.col.requirement"), Kind.TEXT),
            new Column(w.text("portfolio.col.done"), Kind.TEXT),
            new Column(w.text("portfolio.col.required"), Kind.TEXT),
            new Column(w.text("portfolio.col.met"), Kind.TEXT),
            new Column(w.text("portfolio.col.waiting"), Kind.HOURS),
            new Column(w.text("portfolio.col.unsubmitted"), Kind.HOURS));
    List<List<Object>> rows = new ArrayList<>();
    for (RequirementProgress p : data.readiness().requirements()) {
      rows.add(
          Arrays.asList(
              w.text("requirement." + p.requirement().name()),
              figure(w, p, p.done()),
              figure(w, p, p.required()),
              w.text(p.met() ? "portfolio.yes" : "portfolio.no"),
              p.pending(),
              p.unsubmitted()));
    }
    return new ReportTable(w.text("portfolio.requirements"), "", "", columns, rows);
  }

  /** A requirement's figure in its unit's precision: hours 2 decimals, years 1, counts none. */
  private static String figure(DocumentWords w, RequirementProgress p, BigDecimal value) {
    int digits =
        switch (p.requirement().unit()) {
          case HOURS -> 2;
          case YEARS -> 1;
          case CLIENTS, MONTHS, PERIODS -> 0;
        };
    return w.number(value, digits);
  }

  private static void clients(Document document, PdfLayout layout, Data data)
      throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("portfolio.clients")));
    IcfCoachingLog log = IcfCoachingLog.of(data.entries());
    IcfCoachingLog.Total approved = log.total(HourStatus.APPROVED);
    if (approved.sessions() == 0) {
      document.add(layout.note(w.text("portfolio.clients.none")));
    } else {
      document.add(
          layout.note(
              w.text(
                  "portfolio.clients.hours",
                  w.number(approved.hours().totalHours(), 2),
                  w.number(approved.hours().paidHours(), 2),
                  w.number(approved.hours().proBonoHours(), 2),
                  approved.sessions(),
                  approved.clients())));
      document.add(
          layout.note(w.text("portfolio.span", w.date(approved.start()), w.date(approved.end()))));
    }
    BigDecimal waiting = log.total(HourStatus.SUBMITTED).hours().totalHours();
    BigDecimal unsubmitted = log.total(HourStatus.NOT_SUBMITTED).hours().totalHours();
    if (waiting.signum() > 0 || unsubmitted.signum() > 0) {
      document.add(
          layout.note(
              w.text("portfolio.clients.waiting", w.number(waiting, 2), w.number(unsubmitted, 2))));
    }
    if (data.practiceSince() != null) {
      document.add(layout.note(w.text("portfolio.since", w.date(data.practiceSince()))));
    }
  }

  private static void supervision(Document document, PdfLayout layout, Data data)
      throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("portfolio.supervision")));
    List<HourEntry> sessions = of(data, HourKind.SUPERVISION, e -> true);
    if (sessions.isEmpty()) {
      document.add(layout.note(w.text("portfolio.supervision.none")));
    } else {
      document.add(
          layout.note(
              w.text(
                  "portfolio.supervision.total", sessions.size(), w.number(hours(sessions), 2))));
    }
    ReportTable quarters = quarterTable(data);
    document.add(layout.table(quarters));
    // covered as the readiness arithmetic covers a period: an hour of supervision in it
    long covered =
        quarters.rows().stream()
            .filter(
                r ->
                    ((Number) r.get(2)).doubleValue() * 60
                        >= Readiness.SUPERVISION_MINUTES_PER_PERIOD)
            .count();
    document.add(layout.note(w.text("portfolio.quarterly", covered, quarters.rows().size())));
  }

  /**
   * The last 12 months in periods of three months ending today, latest first, as the readiness
   * arithmetic cuts them: each from the day after its start to its end, with its supervision.
   */
  static ReportTable quarterTable(Data data) {
    DocumentWords w = data.words();
    List<HourEntry> sessions = of(data, HourKind.SUPERVISION, e -> true);
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 0; k < 12 / QUARTER_MONTHS; k++) {
      LocalDate end = data.today().minusMonths((long) QUARTER_MONTHS * k);
      LocalDate start = data.today().minusMonths((long) QUARTER_MONTHS * (k + 1));
      List<HourEntry> in =
          sessions.stream().filter(e -> e.on().isAfter(start) && !e.on().isAfter(end)).toList();
      rows.add(
          Arrays.asList(
              w.date(start.plusDays(1)) + " – " + w.date(end), (long) in.size(), hours(in)));
    }
    return new ReportTable(
        w.text("portfolio.supervision"),
        "",
        "",
        List.of(
            new Column(w.text("portfolio.col.quarter"), Kind.TEXT),
            new Column(w.text("portfolio.col.sessions"), Kind.COUNT),
            new Column(w.text("portfolio.col.hours"), Kind.HOURS)),
        rows);
  }

  private static void mentorCoaching(Document document, PdfLayout layout, Data data)
      throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("portfolio.mentor")));
    List<HourEntry> oneToOne = of(data, HourKind.MENTOR_COACHING, HourEntry::oneToOne);
    List<HourEntry> all = of(data, HourKind.MENTOR_COACHING, e -> true);
    if (all.isEmpty()) {
      document.add(layout.note(w.text("portfolio.mentor.none")));
      return;
    }
    document.add(
        layout.note(
            w.text(
                "portfolio.mentor.total",
                w.number(hours(all), 2),
                all.size(),
                w.number(hours(oneToOne), 2),
                w.date(all.get(0).on()),
                w.date(all.get(all.size() - 1).on()))));
  }

  private static void cpd(Document document, PdfLayout layout, Data data) throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("portfolio.cpd")));
    List<HourEntry> all = of(data, HourKind.CPD, e -> true);
    if (all.isEmpty()) {
      document.add(layout.note(w.text("portfolio.cpd.none")));
      return;
    }
    LocalDate yearAgo = data.today().minusMonths(12);
    List<HourEntry> lastYear = of(data, HourKind.CPD, e -> !e.on().isBefore(yearAgo));
    document.add(
        layout.note(
            w.text(
                "portfolio.cpd.total",
                w.number(hours(all), 2),
                all.size(),
                w.number(hours(lastYear), 2))));
  }

  private static void approvals(Document document, PdfLayout layout, Data data)
      throws DocumentException {
    DocumentWords w = data.words();
    document.add(layout.heading(w.text("portfolio.approvals")));
    if (data.approvals().isEmpty()) {
      document.add(layout.note(w.text("portfolio.approvals.none")));
      return;
    }
    document.add(layout.table(approvalTable(data)));
  }

  static ReportTable approvalTable(Data data) {
    DocumentWords w = data.words();
    List<List<Object>> rows = new ArrayList<>();
    for (Approval a : data.approvals()) {
      rows.add(Arrays.asList(a.from(), a.to(), a.approver(), a.approvedOn(), a.clientHours()));
    }
    return new ReportTable(
        w.text("portfolio.approvals"),
        "",
        "",
        List.of(
            new Column(w.text("portfolio.col.from"), Kind.DATE),
            new Column(w.text("portfolio.col.to"), Kind.DATE),
            new Column(w.text("portfolio.col.approver"), Kind.TEXT),
            new Column(w.text("portfolio.col.approvedOn"), Kind.DATE),
            new Column(w.text("portfolio.col.clientHours"), Kind.HOURS)),
        rows);
  }

  /**
   * The approved entries of {@code kind} that {@code filter} keeps, by day (supervision counts as
   * approved when recorded).
   */
  private static List<HourEntry> of(Data data, HourKind kind, Predicate<HourEntry> filter) {
    return data.entries().stream()
        .filter(e -> e.kind() == kind && e.status() == HourStatus.APPROVED)
        .filter(filter)
        .sorted(Comparator.comparing(HourEntry::on))
        .toList();
  }

  private static BigDecimal hours(List<HourEntry> entries) {
    long minutes = entries.stream().mapToLong(HourEntry::minutes).sum();
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
