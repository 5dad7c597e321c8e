package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.AnalysisRun;
import io.parallax.domain.school.SchoolStatus;
import io.parallax.ejb.tenancy.PlatformWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The run records of scheduled analysis jobs: a run is claimed by inserting its record in a
 * transaction of its own; the unique key lets exactly one instance of a cluster claim it. The claim
 * is a lease ({@code parallax.analysis.lease-seconds}) that the holder renews as it works; an
 * unfinished run whose lease ran out is taken over by the next instance that claims it (the
 * record's version lets only one of several takers win). Platform work (no school owns a run).
 * Local to the application: only its jobs and tests call it.
 */
@Stateless
@PlatformWork
@PermitAll
public class AnalysisRuns {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject AnalysisSettings settings;

  private static final Logger LOG = Logger.getLogger(AnalysisRuns.class.getName());

  /**
   * Claims the run {@code key} for {@code instance}: its record's id, or empty if it is finished or
   * another instance holds its lease. A run abandoned by its holder (lease run out) is taken over.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> claim(String key, String instance) {
    Instant now = Instant.now();
    Optional<AnalysisRun> existing = find(key);
    if (existing.isPresent() && !existing.get().abandonedAt(now)) {
      return Optional.empty();
    }
    AnalysisRun run = existing.orElseGet(() -> new AnalysisRun(key, instance, now, lease()));
    try {
      if (existing.isPresent()) {
        run.takeOver(instance, now, lease());
        LOG.info(() -> instance + " takes over the abandoned run " + key);
      } else {
        em.persist(run);
      }
      em.flush();
      return Optional.of(run.id());
    } catch (PersistenceException taken) {
      // another instance inserted the key, or took the run over, between our read and our write
      context.setRollbackOnly();
      return Optional.empty();
    }
  }

  /**
   * Renews {@code instance}'s lease on the run: false if it no longer holds it (taken over while
   * this instance stalled), and then it must stop.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean renew(UUID run, String instance) {
    try {
      boolean held = em.find(AnalysisRun.class, run).renew(instance, Instant.now(), lease());
      em.flush();
      return held;
    } catch (PersistenceException lost) {
      context.setRollbackOnly();
      return false;
    }
  }

  /** The holder ends the run; a run another instance took over is left to that instance. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(UUID run, String instance, int schools, int cohorts) {
    AnalysisRun record = em.find(AnalysisRun.class, run);
    if (record.instanceName().equals(instance)) {
      record.finish(Instant.now(), schools, cohorts);
    }
  }

  public boolean isClaimed(String key) {
    return find(key).isPresent();
  }

  private Optional<AnalysisRun> find(String key) {
    return em.createQuery("select r from AnalysisRun r where r.runKey = :key", AnalysisRun.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Duration lease() {
    return settings.lease();
  }

  /** The schools a nightly job works for: every active one. */
  public List<String> activeSchools() {
    return em.createQuery(
            "select s.id from School s where s.status = :active order by s.id", String.class)
        .setParameter("active", SchoolStatus.ACTIVE)
        .getResultList();
  }
}
