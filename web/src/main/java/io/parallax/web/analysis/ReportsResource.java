package io.parallax.web.analysis;

import io.parallax.ejb.analysis.CohortReports;
import io.parallax.ejb.analysis.CohortRollup;
import io.parallax.ejb.analysis.CohortSnapshots;
import io.parallax.ejb.analysis.CohortTrend;
import io.parallax.ejb.analysis.ModellingReport;
import io.parallax.ejb.analysis.ParallelProcessSignal;
import io.parallax.ejb.analysis.ReportPeriod;
import io.parallax.ejb.analysis.ScaleStages;
import io.parallax.ejb.analysis.SnapshotView;
import io.parallax.ejb.analysis.StageProgression;
import io.parallax.ejb.analysis.TraineeReport;
import io.parallax.web.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cohort reports (DESIGN §4) for school admins (the whole school) and supervisors (their
 * current supervisees' rows only). Days are {@code YYYY-MM-DD}; {@code asOf} defaults to today.
 */
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Contracting trends, parallel process, stages")
@APIResponse(responseCode = "400", description = "A bad parameter, named in the problem")
@APIResponse(responseCode = "403", description = "Not a school admin or supervisor")
@APIResponse(responseCode = "404", description = "No such cohort or trainee for the caller")
public class ReportsResource {

  @EJB CohortReports reports;
  @EJB CohortSnapshots snapshots;

  @GET
  @Path("cohorts/{cohort}/trend")
  @Operation(
      summary = "A cohort's contracting trend",
      description =
          "Per week or month: sessions, mean score, share CLEAR per element and drift rates, client"
              + " and supervision sessions side by side, by developmental level and by months since"
              + " initial training.")
  @APIResponse(responseCode = "200", description = "The trend, oldest period first")
  public CohortTrend trend(
      @PathParam("cohort") UUID cohort,
      @Parameter(description = "WEEK or MONTH (default)") @QueryParam("period") String period,
      @Parameter(description = "first day (default: 6 months back)") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "last day (default: today)") @QueryParam("to") LocalDate to) {
    return reports.trend(cohort, period(period), from, to);
  }

  @GET
  @Path("cohorts/{cohort}/signals")
  @Operation(
      summary = "Parallel-process signals of a cohort's trainees",
      description =
          "NONE, POSSIBLE or LIKELY per trainee over the signal window ending asOf, with the"
              + " mirrored elements, drift markers and over-responsibility; strongest first.")
  @APIResponse(responseCode = "200", description = "One signal per trainee in the caller's view")
  public List<ParallelProcessSignal> signals(
      @PathParam("cohort") UUID cohort, @QueryParam("asOf") LocalDate asOf) {
    return reports.signals(cohort, asOf);
  }

  @GET
  @Path("cohorts/{cohort}/modelling")
  @Operation(
      summary = "Positive parallel process in a cohort",
      description =
          "The change in client-session score after supervision sessions where contracting was"
              + " modelled, against those where it was not; for the cohort and per trainee.")
  @APIResponse(responseCode = "200", description = "The modelling effect")
  public ModellingReport modelling(
      @PathParam("cohort") UUID cohort,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to) {
    return reports.modelling(cohort, from, to);
  }

  @GET
  @Path("cohorts/{cohort}/stages")
  @Operation(summary = "Stage progression: current levels and time spent in each level")
  @APIResponse(responseCode = "200", description = "The distribution and mean days per level")
  public StageProgression stages(@PathParam("cohort") UUID cohort) {
    return reports.stages(cohort);
  }

  @GET
  @Path("cohorts/{cohort}/stages/by-scale")
  @Operation(
      summary =
          "Stage progression per developmental scale: the default first, then every scale the"
              + " cohort's assessments were made on")
  @APIResponse(responseCode = "200", description = "One stage progression per scale")
  public List<ScaleStages> stagesByScale(@PathParam("cohort") UUID cohort) {
    return reports.stagesByScale(cohort);
  }

  @GET
  @Path("cohorts/{cohort}/rollup")
  @Operation(summary = "A cohort's figures on a day (what the nightly snapshot keeps)")
  @APIResponse(responseCode = "200", description = "The rollup")
  public CohortRollup rollup(@PathParam("cohort") UUID cohort, @QueryParam("asOf") LocalDate asOf) {
    return reports.rollup(cohort, asOf);
  }

  @GET
  @Path("cohorts/{cohort}/snapshots")
  @Operation(summary = "A cohort's nightly snapshots, oldest first (school admins)")
  @APIResponse(responseCode = "200", description = "The snapshots")
  public List<SnapshotView> snapshots(@PathParam("cohort") UUID cohort) {
    return snapshots.ofCohort(cohort);
  }

  @GET
  @Path("trainees/{trainee}")
  @Operation(
      summary = "A trainee's drill-down",
      description =
          "The trainee's signal with its evidence sessions, client and supervision figures,"
              + " modelling effect and stage history over the signal window ending asOf.")
  @APIResponse(responseCode = "200", description = "The drill-down")
  public TraineeReport trainee(
      @PathParam("trainee") UUID trainee, @QueryParam("asOf") LocalDate asOf) {
    return reports.trainee(trainee, asOf);
  }

  private static ReportPeriod period(String value) {
    if (value == null || value.isBlank()) {
      return ReportPeriod.MONTH;
    }
    try {
      return ReportPeriod.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new Page.InvalidParameter("period", "period is WEEK or MONTH (not '" + value + "').");
    }
  }
}
