package io.parallax.ejb.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.analysis.ExportFormat;
import io.parallax.domain.analysis.ExportStatus;
import io.parallax.domain.analysis.ReportExport;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Cohort report exports: a school admin or supervisor asks for a cohort report as CSV, XLSX or PDF;
 * it is produced in the background ({@link ExportProduction}) with the caller's own view of the
 * cohort (a supervisor's file holds only their supervisees' rows), its progress readable while it
 * runs; the requester alone sees it and downloads it when ready.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
public class ReportExports {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @EJB CohortReports reports;
  @EJB ExportProduction production;
  @EJB ExportSteps steps;

  /**
   * Asks for a cohort report file; it is produced in the background. The request is stored (and
   * committed) before production starts, so the background work always finds it, with the caller's
   * view of the cohort and the period, so that another instance can produce it as the caller would
   * have seen it if this one dies first.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ExportView request(UUID cohortId, ExportFormat format) {
    return request(cohortId, format, null);
  }

  /** As {@link #request(UUID, ExportFormat)}, the file's words in {@code language}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ExportView request(UUID cohortId, ExportFormat format, Locale language) {
    require(format != null, "format", "reportExports.format");
    reports.cohortName(cohortId);
    caller.requireMember();
    LocalDate today = LocalDate.now();
    ExportSteps.Request asked =
        new ExportSteps.Request(
            cohortId,
            format,
            reports.scopeOf(cohortId),
            reports.trendStart(ReportPeriod.MONTH, today),
            today,
            language == null ? null : language.toLanguageTag());
    ExportView export = steps.create(caller.subject(), asked, ClusterInstance.name());
    production.produce(CurrentSchool.id().orElseThrow(), export.id());
    return export;
  }

  /** The caller's exports, latest first. */
  public List<ExportView> mine() {
    return em.createNamedQuery(ReportExport.OF_REQUESTER, ReportExport.class)
        .setParameter("subject", caller.subject())
        .setMaxResults(20)
        .getResultStream()
        .map(ExportView::of)
        .toList();
  }

  public ExportView status(UUID exportId) {
    return ExportView.of(own(exportId));
  }

  /** The file of a ready export of the caller's. */
  public ExportFile download(UUID exportId) {
    ReportExport export = own(exportId);
    if (export.status() != ExportStatus.READY) {
      throw new NoSuchRecord("export file (it is not ready yet)");
    }
    return new ExportFile(
        export.fileName().orElseThrow(),
        export.format().mediaType(),
        export.content().orElseThrow());
  }

  private ReportExport own(UUID exportId) {
    ReportExport export = exportId == null ? null : em.find(ReportExport.class, exportId);
    if (export == null || !export.requestedBy().equals(caller.subject())) {
      throw new NoSuchRecord("export");
    }
    return export;
  }
}
