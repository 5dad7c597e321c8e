package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a scheduled analysis job, e.g. the cohort snapshots of one night. Its key is unique:
 * the instance of the cluster that inserts it first runs the job, every other instance finds the
 * key taken and skips. Platform work, covering every school, so no school owns it.
 */
@Entity
@Table(name = "analysis_run")
public class AnalysisRun {

  @Id private UUID id = UUID.randomUUID();

  @Column(name = "run_key", nullable = false, updatable = false, length = 80)
  private String runKey;

  @Column(name = "instance_name", nullable = false, updatable = false, length = 120)
  private String instanceName;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(nullable = false)
  private int schools;

  @Column(nullable = false)
  private int cohorts;

  @Version private long version;

  protected AnalysisRun() {}

  public AnalysisRun(String runKey, String instanceName, Instant startedAt) {
    require(runKey != null && !runKey.isBlank(), "runKey", "A run needs its key.");
    require(startedAt != null, "startedAt", "A run needs its start time.");
    this.runKey = runKey;
    this.instanceName = instanceName == null ? "unknown" : instanceName;
    this.startedAt = startedAt;
  }

  /** The run ends at {@code at}, having covered so many schools and cohorts. */
  public void finish(Instant at, int schools, int cohorts) {
    this.finishedAt = at;
    this.schools = schools;
    this.cohorts = cohorts;
  }

  public UUID id() {
    return id;
  }

  public String runKey() {
    return runKey;
  }

  public String instanceName() {
    return instanceName;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public int schools() {
    return schools;
  }

  public int cohorts() {
    return cohorts;
  }
}
