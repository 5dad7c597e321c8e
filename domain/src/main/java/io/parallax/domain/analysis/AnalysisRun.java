package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a scheduled analysis job, e.g. the cohort snapshots of one night. Its key is unique:
 * the instance of the cluster that inserts it first holds the run, every other instance finds the
 * key taken and skips. The holder has a lease that it renews while it works; an unfinished run
 * whose lease ran out (its node died) is taken over by the next instance that asks. Platform work,
 * covering every school, so no school owns it.
 */
@Entity
@Table(name = "analysis_run")
public class AnalysisRun {

  @Id private UUID id = UUID.randomUUID();

  @Column(name = "run_key", nullable = false, updatable = false, length = 80)
  private String runKey;

  @Column(name = "instance_name", nullable = false, length = 120)
  private String instanceName;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "lease_until", nullable = false)
  private Instant leaseUntil;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(nullable = false)
  private int schools;

  @Column(nullable = false)
  private int cohorts;

  @Version private long version;

  protected AnalysisRun() {}

  public AnalysisRun(String runKey, String instanceName, Instant startedAt, Duration lease) {
    require(runKey != null && !runKey.isBlank(), "runKey", "analysisRun.runKey");
    require(startedAt != null, "startedAt", "analysisRun.startedAt");
    require(lease != null && !lease.isNegative() && !lease.isZero(), "lease", "analysisRun.lease");
    this.runKey = runKey;
    this.instanceName = instanceName == null ? "unknown" : instanceName;
    this.startedAt = startedAt;
    this.leaseUntil = startedAt.plus(lease);
  }

  /** Whether another instance may take the run over at {@code now}: unfinished, lease run out. */
  public boolean abandonedAt(Instant now) {
    return finishedAt == null && leaseUntil.isBefore(now);
  }

  /** {@code instance} takes over an abandoned run at {@code now}, with a fresh lease. */
  public void takeOver(String instance, Instant now, Duration lease) {
    require(abandonedAt(now), "leaseUntil", "analysisRun.leaseUntil");
    this.instanceName = instance == null ? "unknown" : instance;
    this.leaseUntil = now.plus(lease);
  }

  /**
   * The holder renews its lease at {@code now}; false if {@code instance} no longer holds the run
   * (it was taken over while this instance stalled), so it must stop.
   */
  public boolean renew(String instance, Instant now, Duration lease) {
    if (finishedAt != null || !instanceName.equals(instance)) {
      return false;
    }
    this.leaseUntil = now.plus(lease);
    return true;
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

  public Instant leaseUntil() {
    return leaseUntil;
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
