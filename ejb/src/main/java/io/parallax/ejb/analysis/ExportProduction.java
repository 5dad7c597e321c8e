package io.parallax.ejb.analysis;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.analysis.export.CohortReportData;
import io.parallax.ejb.analysis.export.CsvReport;
import io.parallax.ejb.analysis.export.PdfReport;
import io.parallax.ejb.analysis.export.XlsxReport;
import io.parallax.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces a requested export in the background, as the requester (their identity travels with the
 * asynchronous call, so the reports apply their rules). The school binding does not travel with a
 * thread change, so the request names its school and the work binds it. Each step records its
 * progress in a transaction of its own, so a poller sees it.
 */
@Stateless
@RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
public class ExportProduction {

  private static final Logger LOG = Logger.getLogger(ExportProduction.class.getName());

  @EJB ExportSteps steps;
  @EJB CohortReports reports;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void produce(String school, UUID exportId, Locale language) {
    try {
      CurrentSchool.callAs(school, () -> run(exportId, language));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Export " + exportId + " failed", e);
      try {
        CurrentSchool.callAs(
            school,
            () -> {
              steps.fail(exportId, "The export failed; please ask for it again.");
              return null;
            });
      } catch (RuntimeException ignored) {
        LOG.log(Level.WARNING, "Could not record the failure of export " + exportId, ignored);
      }
    }
  }

  private Void run(UUID exportId, Locale language) {
    ExportSteps.Request request = steps.start(exportId);
    UUID cohort = request.cohortId();
    LocalDate today = LocalDate.now();
    var trend = reports.trend(cohort, null, null, today);
    steps.advance(exportId, 30);
    var signals = reports.signals(cohort, today);
    steps.advance(exportId, 55);
    var modelling = reports.modelling(cohort, null, today);
    var stages = reports.stages(cohort);
    steps.advance(exportId, 75);
    CohortReportData data =
        new CohortReportData(
            reports.schoolName(),
            reports.cohortName(cohort),
            today,
            ZonedDateTime.now(),
            language,
            trend,
            signals,
            modelling,
            stages);
    byte[] file =
        switch (request.format()) {
          case CSV -> CsvReport.write(data);
          case XLSX -> XlsxReport.write(data);
          case PDF -> PdfReport.write(data);
        };
    String name = "cohort-report-" + today + "." + request.format().extension();
    steps.finish(exportId, name, file);
    return null;
  }
}
