package io.parallax.ejb.analysis;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.analysis.export.CohortReportData;
import io.parallax.ejb.analysis.export.CsvReport;
import io.parallax.ejb.analysis.export.PdfReport;
import io.parallax.ejb.analysis.export.XlsxReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces a requested export: in the background on the instance that was asked ({@link #produce}),
 * or on another one whose sweep finds it abandoned ({@link #takeOver}). Either way it works from
 * what the request stored (the requester's view of the cohort, the period), not from a caller,
 * bound to the export's own school; each step renews the instance's lease on the export and stops
 * if another instance took it over. The school binding does not travel with a thread change, so
 * every call names the school.
 */
@Stateless
@PermitAll
public class ExportProduction {

  private static final Logger LOG = Logger.getLogger(ExportProduction.class.getName());

  @EJB ExportSteps steps;
  @EJB ExportContent content;

  /** Produces an export this instance claimed when it was asked for it. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void produce(String school, UUID exportId) {
    produceAs(school, exportId);
  }

  /**
   * Takes over an export whose producing instance died (its lease ran out) and produces it here:
   * false if it was no longer abandoned (another instance claimed it first, or it is done).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean takeOver(String school, UUID exportId) {
    boolean taken = produceAs(school, exportId);
    if (taken) {
      LOG.info(
          () ->
              ClusterInstance.name()
                  + " took over the abandoned export "
                  + exportId
                  + " of school "
                  + school);
    }
    return taken;
  }

  private boolean produceAs(String school, UUID exportId) {
    String instance = ClusterInstance.name();
    Optional<ExportSteps.Request> request =
        CurrentSchool.callAs(school, () -> steps.claim(exportId, instance));
    if (request.isEmpty()) {
      return false;
    }
    try {
      CurrentSchool.callAs(school, () -> run(exportId, instance, request.get()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Export " + exportId + " failed", e);
      try {
        CurrentSchool.callAs(
            school,
            () -> {
              steps.fail(exportId, instance, "The export failed; please ask for it again.");
              return null;
            });
      } catch (RuntimeException ignored) {
        LOG.log(Level.WARNING, "Could not record the failure of export " + exportId, ignored);
      }
    }
    return true;
  }

  private Void run(UUID exportId, String instance, ExportSteps.Request request) {
    var trend = content.trend(request);
    if (!steps.advance(exportId, instance, 30)) {
      return lost(exportId);
    }
    var signals = content.signals(request);
    if (!steps.advance(exportId, instance, 55)) {
      return lost(exportId);
    }
    var modelling = content.modelling(request);
    var stages = content.stages(request);
    if (!steps.advance(exportId, instance, 75)) {
      return lost(exportId);
    }
    CohortReportData data =
        new CohortReportData(
            content.schoolName(),
            content.cohortName(request),
            request.to(),
            ZonedDateTime.now(),
            request.language() == null ? null : Locale.forLanguageTag(request.language()),
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
    String name = "cohort-report-" + request.to() + "." + request.format().extension();
    if (!steps.finish(exportId, instance, name, file)) {
      lost(exportId);
    }
    return null;
  }

  private static Void lost(UUID exportId) {
    LOG.warning(() -> "Export " + exportId + ": another instance took it over; stopping here.");
    return null;
  }
}
