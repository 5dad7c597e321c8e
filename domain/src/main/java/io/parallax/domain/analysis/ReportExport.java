package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Cohort;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A cohort report export a member asked for: produced in the background, its progress visible while
 * it runs, its file kept here (so every instance of a cluster can serve the download) until the
 * requester downloads it. The row is the queue of a cluster: it holds everything the production
 * needs (the requester's view of the cohort, the period), so any instance can produce the file, and
 * a {@link ProductionLease} that says which instance produces it; when that instance dies, another
 * takes the export over once the lease has run out.
 */
@Entity
@Table(name = "report_export")
@NamedQuery(
    name = ReportExport.OF_REQUESTER,
    query =
        "select e from ReportExport e where e.requestedBy = :subject order by e.requestedAt desc")
public class ReportExport extends SchoolOwned {

  /** The exports the member with Keycloak subject {@code subject} asked for, latest first. */
  public static final String OF_REQUESTER = "ReportExport.ofRequester";

  @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
  private String requestedBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private ExportFormat format;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExportStatus status;

  @Column(nullable = false)
  private int progress;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;

  @Column(length = 500)
  private String failure;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** Whether the requester sees the whole cohort (a school admin) or only {@link #trainees}. */
  @Column(name = "whole_cohort", nullable = false, updatable = false)
  private boolean wholeCohort;

  /** The trainees the requester may see, as they were when they asked (a supervisor's). */
  @ElementCollection
  @CollectionTable(
      name = "report_export_trainee",
      joinColumns = @JoinColumn(name = "export_id", nullable = false))
  @Column(name = "trainee_id", nullable = false)
  private Set<UUID> trainees = new HashSet<>();

  @Column(name = "period_from", updatable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", updatable = false)
  private LocalDate periodTo;

  @Embedded private ProductionLease lease;

  /** The language tag the file is written in (e.g. {@code de}); null for English. */
  @Column(name = "language", length = 16)
  private String language;

  protected ReportExport() {}

  /**
   * An export asked for at {@code at} and claimed at once by {@code instance} (the one that will
   * start producing it) for {@code lease}. {@code trainees} is the requester's view of the cohort:
   * null for the whole cohort, else the trainees they may see.
   */
  public ReportExport(
      String requestedBy,
      Cohort cohort,
      ExportFormat format,
      Set<UUID> trainees,
      LocalDate periodFrom,
      LocalDate periodTo,
      Instant at,
      String instance,
      Duration lease) {
    require(requestedBy != null, "requestedBy", "reportExport.requestedBy");
    require(cohort != null, "cohort", "reportExport.cohort");
    require(format != null, "format", "reportExport.format");
    require(
        periodFrom != null && periodTo != null && !periodTo.isBefore(periodFrom),
        "periodFrom",
        "reportExport.period");
    this.requestedBy = requestedBy;
    this.cohort = cohort;
    this.format = format;
    this.wholeCohort = trainees == null;
    this.trainees = trainees == null ? new HashSet<>() : new HashSet<>(trainees);
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.status = ExportStatus.QUEUED;
    this.requestedAt = at;
    this.lease = ProductionLease.heldBy(instance, at, lease);
  }

  /**
   * {@code instance} starts (or takes over) the production at {@code now}: false, and nothing
   * changes, if the export is done or another instance holds a running lease on it.
   */
  public boolean claim(String instance, Instant now, Duration duration) {
    if (done() || !lease().claim(instance, now, duration)) {
      return false;
    }
    this.status = ExportStatus.RUNNING;
    return true;
  }

  /** Whether an instance other than its holder may take the production over at {@code now}. */
  public boolean abandonedAt(Instant now) {
    return !done() && lease().openAt(now);
  }

  /**
   * The holder records progress at {@code now} and renews its lease: false if {@code instance} no
   * longer holds the export (done, or taken over), and then it must stop.
   */
  public boolean advance(String instance, int percent, Instant now, Duration duration) {
    if (done() || !lease().renew(instance, now, duration)) {
      return false;
    }
    advance(percent);
    return true;
  }

  /** Whether {@code instance} is the one producing the export (and so may finish it). */
  public boolean producedBy(String instance) {
    return !done() && lease().claimedBy().filter(instance::equals).isPresent();
  }

  private boolean done() {
    return status == ExportStatus.READY || status == ExportStatus.FAILED;
  }

  private ProductionLease lease() {
    if (lease == null) {
      lease = new ProductionLease();
    }
    return lease;
  }

  /** So much of the file is done, 0 to 100 %; progress never goes back. */
  void advance(int percent) {
    this.progress = Math.max(progress, Math.min(100, Math.max(0, percent)));
  }

  public void finish(String fileName, byte[] content, Instant at) {
    this.fileName = fileName;
    this.content = content;
    this.status = ExportStatus.READY;
    this.progress = 100;
    this.finishedAt = at;
  }

  /** The export failed; {@code reason} says why in words a member can act on (no record text). */
  public void fail(String reason, Instant at) {
    String text = reason == null ? "The export failed." : reason;
    this.failure = text.length() > 500 ? text.substring(0, 500) : text;
    this.status = ExportStatus.FAILED;
    this.finishedAt = at;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Cohort cohort() {
    return cohort;
  }

  public ExportFormat format() {
    return format;
  }

  public ExportStatus status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  public Optional<byte[]> content() {
    return Optional.ofNullable(content);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** The trainees the requester may see, or empty for the whole cohort. */
  public Optional<Set<UUID>> trainees() {
    return wholeCohort ? Optional.empty() : Optional.of(Set.copyOf(trainees));
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  /** The requester's language tag (e.g. {@code de}), kept so any instance writes their words. */
  public void writeIn(String languageTag) {
    require(
        languageTag == null || languageTag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"),
        "language",
        "reportExport.language");
    this.language = languageTag;
  }

  public String language() {
    return language;
  }

  public Optional<String> claimedBy() {
    return lease().claimedBy();
  }

  public Optional<Instant> leaseUntil() {
    return lease().leaseUntil();
  }
}
