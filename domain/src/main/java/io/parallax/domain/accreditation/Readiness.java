package io.parallax.domain.accreditation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A trainee's progress toward a track, requirement by requirement: pure arithmetic over their hour
 * entries, no persistence. The rules, as Parallax reads the bodies' requirements:
 *
 * <ul>
 *   <li>Hours are minutes / 60, summed in minutes and rounded (two decimals, half up) last.
 *   <li>Group client sessions count the coach's time once; where a track caps group hours, the
 *       earliest group sessions count until the cap is reached. A client key logged in a group
 *       session stands for the group and counts as many clients as its largest group.
 *   <li>Recent hours: coaching on or after the day {@code recentMonths} months before today.
 *   <li>Whole months from one day to another: the most months {@code m} with {@code
 *       from.plusMonths(m)} not after {@code to} (so 31 January to 30 April is three months, and 29
 *       February 2024 to 28 February 2027 three years: the calendar's own month-end rule, the same
 *       one that names the day a span is reached).
 *   <li>Mentor-coaching span: whole months from the first to the last mentor-coaching session.
 *   <li>Years of practice: whole months since the day practice began (initial training ended, else
 *       the first approved client session), shown as years to one decimal rounded down; met on the
 *       day {@code practiceYears} years after that day.
 *   <li>Supervision regularity ("at least every {@code supervisionEveryMonths} months"): the
 *       periods {@code (today − k·n months, today − (k−1)·n months]} for k = 1 … ⌈12 / n⌉, i.e. the
 *       last twelve months cut into periods of n months ending today, each open at its start and
 *       closed at its end. A period is required when it is the current one (k = 1) or ends after
 *       the day practice began; it is covered when the supervision on days inside it adds up to at
 *       least {@value #SUPERVISION_MINUTES_PER_PERIOD} minutes (EMCC: "1 hour/quarter of
 *       coach/mentor supervision"; two half-hour sessions cover a quarter, one of 45 minutes does
 *       not). Done is the number of covered required periods, required their number; met when all
 *       are covered. No projection (a missed period cannot be made up).
 *   <li>CPD per year: CPD hours on days from the day 12 months before today up to today, both
 *       included (the same convention as the recent-hours window).
 *   <li><b>Pace</b>: what the trainee did in the last {@value #PACE_DAYS} days (hours, or new
 *       clients), per day; the projected day is today plus the missing amount at that pace. No
 *       pace, no projection. Span and years project to the calendar day they are reached;
 *       regularity does not project.
 * </ul>
 *
 * Only entries {@link #COUNTS} accepts count: approved hours (issue 17, item 3). Beside each hour
 * requirement stand the hours submitted and waiting, and those not submitted, each worked out by
 * the same rules as if they alone were logged (so a group cap applies to each on its own).
 */
public final class Readiness {

  /** The days the recent pace is taken over. */
  public static final int PACE_DAYS = 90;

  /** The supervision a period of {@link Figures#supervisionEveryMonths} needs, in minutes. */
  public static final int SUPERVISION_MINUTES_PER_PERIOD = 60;

  /** Which entries count toward a requirement: those in a period the supervisor approved. */
  public static final Predicate<HourEntry> COUNTS = e -> e.status() == HourStatus.APPROVED;

  /**
   * Day first, then a fixed order within the day, so that which group minutes a cap leaves out does
   * not depend on the order the entries were read in (and entries of one day alike in all but
   * minutes may be summed into one beforehand without changing any result).
   */
  static final Comparator<HourEntry> ORDER =
      Comparator.comparing(HourEntry::on)
          .thenComparing(HourEntry::kind)
          .thenComparing(HourEntry::basis, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(HourEntry::client, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(HourEntry::groupSize)
          .thenComparing(HourEntry::oneToOne)
          .thenComparingInt(HourEntry::minutes);

  private final Figures figures;
  private final LocalDate today;
  private final LocalDate practiceSince;
  private final List<HourEntry> clientSessions;
  private final List<HourEntry> mentoring;
  private final List<HourEntry> supervision;
  private final List<HourEntry> cpd;

  private Readiness(
      Figures figures,
      Collection<HourEntry> entries,
      Predicate<HourEntry> counts,
      LocalDate practiceSince,
      LocalDate today) {
    this.figures = figures;
    this.today = today;
    List<HourEntry> counted =
        entries.stream().filter(counts).filter(e -> !e.on().isAfter(today)).sorted(ORDER).toList();
    this.clientSessions = of(counted, HourKind.CLIENT_SESSION);
    this.mentoring = of(counted, HourKind.MENTOR_COACHING);
    this.supervision = of(counted, HourKind.SUPERVISION);
    this.cpd = of(counted, HourKind.CPD);
    this.practiceSince =
        practiceSince != null
            ? practiceSince
            : clientSessions.isEmpty() ? null : clientSessions.get(0).on();
  }

  /**
   * Progress on each requirement {@code figures} sets, in {@link Requirement} order.
   *
   * @param practiceSince the day practice began (initial training ended); null: the first client
   *     session
   */
  public static List<RequirementProgress> assess(
      Figures figures, Collection<HourEntry> entries, LocalDate practiceSince, LocalDate today) {
    List<RequirementProgress> approved =
        new Readiness(figures, entries, COUNTS, practiceSince, today).progress();
    List<RequirementProgress> pending =
        new Readiness(figures, entries, withStatus(HourStatus.SUBMITTED), practiceSince, today)
            .progress();
    List<RequirementProgress> unsubmitted =
        new Readiness(figures, entries, withStatus(HourStatus.NOT_SUBMITTED), practiceSince, today)
            .progress();
    List<RequirementProgress> out = new ArrayList<>();
    for (int i = 0; i < approved.size(); i++) {
      RequirementProgress p = approved.get(i);
      out.add(
          p.requirement().unit() == Requirement.Unit.HOURS
              ? p.withUnapproved(pending.get(i).done(), unsubmitted.get(i).done())
              : p);
    }
    return out;
  }

  private static Predicate<HourEntry> withStatus(HourStatus status) {
    return e -> e.status() == status;
  }

  /** Whether every requirement is met. */
  public static boolean ready(List<RequirementProgress> progress) {
    return progress.stream().allMatch(RequirementProgress::met);
  }

  /** The day every requirement is met at the recent pace, if each unmet one projects. */
  public static Optional<LocalDate> projected(List<RequirementProgress> progress) {
    LocalDate latest = null;
    for (RequirementProgress p : progress) {
      if (p.met()) {
        continue;
      }
      if (p.projected() == null) {
        return Optional.empty();
      }
      latest = latest == null || p.projected().isAfter(latest) ? p.projected() : latest;
    }
    return Optional.ofNullable(latest);
  }

  private List<RequirementProgress> progress() {
    List<RequirementProgress> out = new ArrayList<>();
    List<HourEntry> coaching = capGroupHours();
    out.add(hours(Requirement.COACHING_HOURS, coaching, figures.coachingHours()));
    if (figures.paidHours() != null) {
      List<HourEntry> paid = coaching.stream().filter(HourEntry::isPaid).toList();
      out.add(hours(Requirement.PAID_HOURS, paid, figures.paidHours()));
    }
    if (figures.clients() != null) {
      out.add(clients());
    }
    if (figures.recentHours() != null) {
      LocalDate from = today.minusMonths(figures.recentMonths());
      List<HourEntry> recent = coaching.stream().filter(e -> !e.on().isBefore(from)).toList();
      out.add(hours(Requirement.RECENT_HOURS, recent, figures.recentHours()));
    }
    if (figures.mentorHours() != null) {
      out.add(hours(Requirement.MENTOR_HOURS, mentoring, figures.mentorHours()));
    }
    if (figures.mentorSpanMonths() != null) {
      out.add(mentorSpan());
    }
    if (figures.mentorOneToOneHours() != null) {
      List<HourEntry> oneToOne = mentoring.stream().filter(HourEntry::oneToOne).toList();
      out.add(hours(Requirement.MENTOR_ONE_TO_ONE, oneToOne, figures.mentorOneToOneHours()));
    }
    if (figures.practiceYears() != null) {
      out.add(practiceYears());
    }
    if (figures.supervisionEveryMonths() != null) {
      out.add(supervisionRegularity());
    }
    if (figures.cpdHoursPerYear() != null) {
      LocalDate from = today.minusMonths(12);
      List<HourEntry> lastYear = cpd.stream().filter(e -> !e.on().isBefore(from)).toList();
      out.add(hours(Requirement.CPD_HOURS, lastYear, figures.cpdHoursPerYear()));
    }
    return out;
  }

  /** Client sessions with group minutes beyond the track's cap (earliest first) not counted. */
  private List<HourEntry> capGroupHours() {
    long left = figures.maxGroupHours() == null ? Long.MAX_VALUE : figures.maxGroupHours() * 60L;
    List<HourEntry> counted = new ArrayList<>();
    for (HourEntry e : clientSessions) {
      if (!e.isGroup()) {
        counted.add(e);
        continue;
      }
      int minutes = (int) Math.min(e.minutes(), left);
      left -= minutes;
      counted.add(
          new HourEntry(
              e.kind(),
              e.on(),
              minutes,
              e.status(),
              e.basis(),
              e.client(),
              e.groupSize(),
              e.oneToOne()));
    }
    return counted;
  }

  private RequirementProgress hours(
      Requirement requirement, List<HourEntry> entries, int requiredHours) {
    long done = minutes(entries);
    long missing = Math.max(0, requiredHours * 60L - done);
    long pace = minutes(entries.stream().filter(this::inPaceWindow).toList());
    return new RequirementProgress(
        requirement,
        hoursOf(done),
        BigDecimal.valueOf(requiredHours).setScale(2),
        hoursOf(missing),
        missing == 0,
        missing == 0 ? null : project(missing, pace));
  }

  private RequirementProgress clients() {
    Map<String, Integer> size = new HashMap<>();
    Map<String, LocalDate> first = new HashMap<>();
    for (HourEntry e : clientSessions) {
      size.merge(e.client(), e.groupSize(), Math::max);
      first.putIfAbsent(e.client(), e.on());
    }
    long done = size.values().stream().mapToLong(Integer::longValue).sum();
    long fresh =
        size.entrySet().stream()
            .filter(c -> inPaceWindow(first.get(c.getKey())))
            .mapToLong(Map.Entry::getValue)
            .sum();
    long missing = Math.max(0, figures.clients() - done);
    return new RequirementProgress(
        Requirement.CLIENTS,
        BigDecimal.valueOf(done),
        BigDecimal.valueOf(figures.clients()),
        BigDecimal.valueOf(missing),
        missing == 0,
        missing == 0 ? null : project(missing, fresh));
  }

  private RequirementProgress mentorSpan() {
    int span = figures.mentorSpanMonths();
    if (mentoring.isEmpty()) {
      return counted(Requirement.MENTOR_SPAN, 0, span, null);
    }
    LocalDate first = mentoring.get(0).on();
    LocalDate last = mentoring.get(mentoring.size() - 1).on();
    long months = wholeMonths(first, last);
    LocalDate reachable = first.plusMonths(span);
    return counted(
        Requirement.MENTOR_SPAN, months, span, reachable.isAfter(today) ? reachable : today);
  }

  private RequirementProgress practiceYears() {
    int years = figures.practiceYears();
    BigDecimal required = BigDecimal.valueOf(years).setScale(1);
    if (practiceSince == null) {
      return new RequirementProgress(
          Requirement.PRACTICE_YEARS, BigDecimal.ZERO.setScale(1), required, required, false, null);
    }
    long months = practiceSince.isAfter(today) ? 0 : wholeMonths(practiceSince, today);
    BigDecimal done =
        BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 1, RoundingMode.DOWN);
    boolean met = months >= 12L * years;
    return new RequirementProgress(
        Requirement.PRACTICE_YEARS,
        done,
        required,
        met ? BigDecimal.ZERO.setScale(1) : required.subtract(done),
        met,
        met ? null : practiceSince.plusYears(years));
  }

  private RequirementProgress supervisionRegularity() {
    int every = figures.supervisionEveryMonths();
    int periods = (12 + every - 1) / every;
    int required = 0;
    int covered = 0;
    for (int k = 0; k < periods; k++) {
      LocalDate end = today.minusMonths((long) every * k);
      LocalDate start = today.minusMonths((long) every * (k + 1));
      if (k > 0 && practiceSince != null && !end.isAfter(practiceSince)) {
        break;
      }
      required++;
      long minutes =
          minutes(
              supervision.stream()
                  .filter(e -> e.on().isAfter(start) && !e.on().isAfter(end))
                  .toList());
      if (minutes >= SUPERVISION_MINUTES_PER_PERIOD) {
        covered++;
      }
    }
    return counted(Requirement.SUPERVISION_REGULARITY, covered, required, null);
  }

  private RequirementProgress counted(
      Requirement requirement, long done, long required, LocalDate projectedIfUnmet) {
    long missing = Math.max(0, required - done);
    return new RequirementProgress(
        requirement,
        BigDecimal.valueOf(done),
        BigDecimal.valueOf(required),
        BigDecimal.valueOf(missing),
        missing == 0,
        missing == 0 ? null : projectedIfUnmet);
  }

  /** Today plus the days {@code missing} takes at {@code pace} per {@value #PACE_DAYS} days. */
  private LocalDate project(long missing, long pace) {
    if (pace <= 0) {
      return null;
    }
    long days = (missing * PACE_DAYS + pace - 1) / pace;
    return today.plusDays(days);
  }

  private boolean inPaceWindow(HourEntry e) {
    return inPaceWindow(e.on());
  }

  private boolean inPaceWindow(LocalDate day) {
    return day.isAfter(today.minusDays(PACE_DAYS));
  }

  /** The most whole months {@code m} with {@code from.plusMonths(m)} not after {@code to}. */
  static long wholeMonths(LocalDate from, LocalDate to) {
    long months = ChronoUnit.MONTHS.between(from, to);
    while (!from.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return months;
  }

  private static List<HourEntry> of(List<HourEntry> entries, HourKind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  private static long minutes(List<HourEntry> entries) {
    return entries.stream().mapToLong(HourEntry::minutes).sum();
  }

  /** Minutes as hours with two decimals, half up. */
  static BigDecimal hoursOf(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
