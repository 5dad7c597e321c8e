package io.parallax.web.supervision;

import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.supervision.Caseload;
import io.parallax.ejb.supervision.CaseloadEntry;
import io.parallax.web.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling supervisor's caseload. */
@Path("v1/caseload")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "Caseload and supervision sessions of a supervisor")
public class CaseloadResource {

  @Inject SchoolCalendar calendar;
  @EJB Caseload caseload;

  @GET
  @Operation(
      summary = "The caller's supervisees on a date",
      description =
          "Cohorts, assignment, current stage, last supervision, the client sessions held since,"
              + " and parallelProcessSignal: the analysis module's parallel-process signal over its"
              + " window (parallax.analysis.signal.window-days, default 90) ending on the date,"
              + " computed in the database for the whole caseload. Its fields: level (NONE,"
              + " POSSIBLE, LIKELY), points, enoughSessions (false: too few client or supervision"
              + " sessions to judge, level NONE), from and to (the window), mirroredElements and"
              + " mirroredDrift (weak or drifting in both client and supervision sessions),"
              + " overResponsibility (in both places) and observations (supervision sessions where"
              + " a supervisor recorded a parallel process). The evidence sessions are in"
              + " GET /api/v1/reports/trainees/{id}.")
  @APIResponse(responseCode = "200", description = "A page of the caseload, by name")
  @APIResponse(responseCode = "400", description = "Bad paging parameters")
  @APIResponse(responseCode = "403", description = "The caller is not a supervisor")
  public Page<CaseloadEntry> list(
      @Parameter(description = "ISO date, default today") @QueryParam("on") LocalDate on,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page.requireValid(page, size);
    return Page.of(caseload.on(on != null ? on : calendar.today()), page, size);
  }
}
