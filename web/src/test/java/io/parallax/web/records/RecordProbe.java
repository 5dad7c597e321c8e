package io.parallax.web.records;

import io.parallax.domain.SchoolOwned;
import io.parallax.ejb.school.Cohorts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** Test-only bean that reads and writes records under the services, for {@link RecordsIT}. */
@Stateless
public class RecordProbe {

  @PersistenceContext EntityManager em;
  @EJB Cohorts cohorts;
  @EJB RecordProbe self;

  public void persistAll(List<? extends SchoolOwned> records) {
    records.forEach(em::persist);
  }

  public Object find(Class<?> type, UUID id) {
    return em.find(type, id);
  }

  public long count(Class<?> type) {
    return em.createQuery("select count(r) from " + type.getSimpleName() + " r", Long.class)
        .getSingleResult();
  }

  /** The tenant column as stored, read past Hibernate's filter (native SQL). */
  public String storedSchoolOf(SchoolOwned record) {
    String table = record.getClass().getAnnotation(Table.class).name();
    return (String)
        em.createNativeQuery("select tenant_id from " + table + " where id = ?1")
            .setParameter(1, record.id())
            .getSingleResult();
  }

  /** Reads the cohort, lets another transaction rename it, then renames it from the old read. */
  public void renameAfterSomeoneElse(UUID cohortId, String theirs, String mine) {
    long versionRead =
        cohorts.list().stream()
            .filter(c -> c.id().equals(cohortId))
            .findFirst()
            .orElseThrow()
            .version();
    self.renameInOwnTransaction(cohortId, versionRead, theirs);
    cohorts.rename(cohortId, versionRead, mine);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void renameInOwnTransaction(UUID cohortId, long versionRead, String name) {
    cohorts.rename(cohortId, versionRead, name);
  }
}
