package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ReportExport;
import io.parallax.domain.school.Cohort;
import io.parallax.ejb.tenancy.SchoolBound;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The recorded steps of an export's production, each in a transaction of its own, so a poller sees
 * them and another instance sees the lease. The production may run with no caller (another
 * instance's sweep took it over), so these steps check no role: only {@link ReportExports}, which
 * checks the requester's, and {@link ExportProduction} call them (local view, not reachable from
 * outside). Every step is bound to the export's own school.
 */
@Stateless
@SchoolBound
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportSteps {

  /** What the export asks for: the cohort, as the requester sees it, over the period. */
  public record Request(
      UUID cohortId,
      ExportFormat format,
      ReportScope scope,
      LocalDate from,
      LocalDate to,
      String language) {}

  @PersistenceContext EntityManager em;
  @Resource SessionContext context;
  @Inject AnalysisSettings settings;

  /** Stores the request, claimed by {@code instance}, which goes on to produce it. */
  public ExportView create(String subject, Request request, String instance) {
    ReportExport export =
        new ReportExport(
            subject,
            em.find(Cohort.class, request.cohortId()),
            request.format(),
            request.scope().trainees(),
            request.from(),
            request.to(),
            Instant.now(),
            instance,
            settings.lease());
    export.writeIn(request.language());
    em.persist(export);
    return ExportView.of(export);
  }

  /**
   * {@code instance} claims the export to produce it (it asked for it, or takes it over from a dead
   * instance): what it asks for, or empty if it is done, another instance holds it, or it is no
   * export of the bound school.
   */
  public Optional<Request> claim(UUID exportId, String instance) {
    ReportExport export = em.find(ReportExport.class, exportId);
    if (export == null || !export.claim(instance, Instant.now(), settings.lease())) {
      return Optional.empty();
    }
    advance(export, instance, 5);
    if (!flushed()) {
      return Optional.empty();
    }
    ReportScope scope = new ReportScope(export.cohort().id(), export.trainees().orElse(null));
    return Optional.of(
        new Request(
            export.cohort().id(),
            export.format(),
            scope,
            export.periodFrom(),
            export.periodTo(),
            export.language()));
  }

  /**
   * The holder records progress and renews its lease: false if {@code instance} no longer holds the
   * export, and then it must stop.
   */
  public boolean advance(UUID exportId, String instance, int percent) {
    ReportExport export = em.find(ReportExport.class, exportId);
    return export != null && advance(export, instance, percent) && flushed();
  }

  /** The holder stores the file: false if another instance took the export over meanwhile. */
  public boolean finish(UUID exportId, String instance, String fileName, byte[] content) {
    ReportExport export = em.find(ReportExport.class, exportId);
    if (export == null || !export.producedBy(instance)) {
      return false;
    }
    export.finish(fileName, content, Instant.now());
    return flushed();
  }

  /** The holder records why the export failed (words a member can act on, no record text). */
  public void fail(UUID exportId, String instance, String reason) {
    ReportExport export = em.find(ReportExport.class, exportId);
    if (export != null && export.producedBy(instance)) {
      export.fail(reason, Instant.now());
    }
  }

  private boolean advance(ReportExport export, String instance, int percent) {
    return export.advance(instance, percent, Instant.now(), settings.lease());
  }

  /** Writes now: false, and nothing is written, if another instance changed the row meanwhile. */
  private boolean flushed() {
    try {
      em.flush();
      return true;
    } catch (PersistenceException changedMeanwhile) {
      context.setRollbackOnly();
      return false;
    }
  }
}
