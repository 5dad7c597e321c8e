package io.parallax.ejb.analysis;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ReportExport;
import io.parallax.domain.school.Cohort;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/** The recorded steps of an export's production, each in a transaction of its own. */
@Stateless
@SchoolBound
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportSteps {

  /** What the export asks for. */
  public record Request(UUID cohortId, ExportFormat format) {}

  @PersistenceContext EntityManager em;

  public ExportView create(String subject, UUID cohortId, ExportFormat format) {
    ReportExport export =
        new ReportExport(subject, em.find(Cohort.class, cohortId), format, Instant.now());
    em.persist(export);
    return ExportView.of(export);
  }

  public Request start(UUID exportId) {
    ReportExport export = em.find(ReportExport.class, exportId);
    export.start();
    export.advance(5);
    return new Request(export.cohort().id(), export.format());
  }

  public void advance(UUID exportId, int percent) {
    em.find(ReportExport.class, exportId).advance(percent);
  }

  public void finish(UUID exportId, String fileName, byte[] content) {
    em.find(ReportExport.class, exportId).finish(fileName, content, Instant.now());
  }

  public void fail(UUID exportId, String reason) {
    em.find(ReportExport.class, exportId).fail(reason, Instant.now());
  }
}
