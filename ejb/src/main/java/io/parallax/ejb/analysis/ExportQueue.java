package io.parallax.ejb.analysis;

import io.parallax.ejb.tenancy.PlatformWork;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cluster's queue of exports, read across schools: the exports no instance is producing any
 * more (queued or running, their lease run out), each with its school, so that the sweep produces
 * each one bound to that school. Platform work; the only query here is native SQL because it spans
 * schools on purpose, and it reads no more than the school and the id of each row.
 */
@Stateless
@PlatformWork
@PermitAll
public class ExportQueue {

  /** An abandoned export and the school that owns it. */
  public record Abandoned(String school, UUID export) {}

  @PersistenceContext EntityManager em;

  /** The exports abandoned at {@code now}, oldest request first, at most {@code max}. */
  public List<Abandoned> abandoned(Instant now, int max) {
    List<?> rows =
        em.createNativeQuery(
                "select tenant_id, id from report_export"
                    + " where status in ('QUEUED', 'RUNNING')"
                    + " and (lease_until is null or lease_until < :now)"
                    + " order by requested_at")
            .setParameter("now", now)
            .setMaxResults(max)
            .getResultList();
    return rows.stream().map(row -> (Object[]) row).map(ExportQueue::abandoned).toList();
  }

  private static Abandoned abandoned(Object[] row) {
    Object id = row[1];
    return new Abandoned(
        (String) row[0], id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
  }
}
