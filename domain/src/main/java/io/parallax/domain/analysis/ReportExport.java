package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Cohort;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A cohort report export a member asked for: produced in the background, its progress visible while
 * it runs, its file kept here (so every instance of a cluster can serve the download) until the
 * requester downloads it.
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

  protected ReportExport() {}

  public ReportExport(String requestedBy, Cohort cohort, ExportFormat format, Instant at) {
    require(requestedBy != null, "requestedBy", "reportExport.requestedBy");
    require(cohort != null, "cohort", "reportExport.cohort");
    require(format != null, "format", "reportExport.format");
    this.requestedBy = requestedBy;
    this.cohort = cohort;
    this.format = format;
    this.status = ExportStatus.QUEUED;
    this.requestedAt = at;
  }

  /** Work on the file has begun. */
  public void start() {
    this.status = ExportStatus.RUNNING;
  }

  /** So much of the file is done, 0 to 100 %; progress never goes back. */
  public void advance(int percent) {
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
}
