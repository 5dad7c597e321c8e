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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The run records of scheduled analysis jobs: a run is claimed by inserting its record in a
 * transaction of its own; the unique key lets exactly one instance of a cluster claim it. Platform
 * work (no school owns a run). Local to the application: only its jobs and tests call it.
 */
@Stateless
@PlatformWork
@PermitAll
public class AnalysisRuns {

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;

  /** Claims the run {@code key} for {@code instance}: its record's id, or empty if taken. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<UUID> claim(String key, String instance) {
    if (isClaimed(key)) {
      return Optional.empty();
    }
    AnalysisRun run = new AnalysisRun(key, instance, Instant.now());
    try {
      em.persist(run);
      em.flush();
      return Optional.of(run.id());
    } catch (PersistenceException taken) {
      // another instance inserted the same key between our check and our insert
      context.setRollbackOnly();
      return Optional.empty();
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(UUID run, int schools, int cohorts) {
    em.find(AnalysisRun.class, run).finish(Instant.now(), schools, cohorts);
  }

  public boolean isClaimed(String key) {
    return !em.createQuery("select r.id from AnalysisRun r where r.runKey = :key", UUID.class)
        .setParameter("key", key)
        .getResultList()
        .isEmpty();
  }

  /** The schools a nightly job works for: every active one. */
  public List<String> activeSchools() {
    return em.createQuery(
            "select s.id from School s where s.status = :active order by s.id", String.class)
        .setParameter("active", SchoolStatus.ACTIVE)
        .getResultList();
  }
}
