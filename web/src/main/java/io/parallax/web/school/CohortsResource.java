package io.parallax.web.school;

import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cohorts of the caller's school. */
@Path("v1/cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
public class CohortsResource {

  /** A new cohort of a program. */
  public record NewCohort(
      @NotNull(message = "{parallax.cohortsResource.1}") UUID programId,
      @NotNull(message = "{parallax.cohortsResource.2}") String name,
      @NotNull(message = "{parallax.cohortsResource.3}") LocalDate startsOn,
      LocalDate endsOn) {}

  /** A cohort's name and dates. */
  public record CohortFields(
      @NotNull(message = "{parallax.cohortsResource.2}") String name,
      @NotNull(message = "{parallax.cohortsResource.3}") LocalDate startsOn,
      LocalDate endsOn) {}

  @EJB Cohorts cohorts;

  @GET
  @Operation(summary = "The caller's school's cohorts, newest first")
  public Page<CohortSummary> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(cohorts.page(Page.listing(page, size)), page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One cohort")
  public Response read(@PathParam("id") UUID id) {
    CohortSummary cohort = cohorts.read(id);
    return Versions.ok(cohort, cohort.version());
  }

  @POST
  @Operation(summary = "Open a cohort of an open program")
  public Response open(@Valid @NotNull(message = "{parallax.cohortsResource.4}") NewCohort body) {
    CohortSummary cohort =
        cohorts.open(body.programId(), body.name(), body.startsOn(), body.endsOn());
    return Versions.created(
        UriBuilder.fromPath("v1/cohorts/{id}").build(cohort.id()), cohort, cohort.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename or reschedule a cohort (If-Match: its ETag)")
  public CohortSummary edit(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "{parallax.cohortsResource.4}") CohortFields body) {
    return Versions.ifMatch(
        ifMatch, version -> cohorts.edit(id, version, body.name(), body.startsOn(), body.endsOn()));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a cohort: it stays in reports, takes no new enrolments")
  public CohortSummary archive(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> cohorts.archive(id, version));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Restore an archived cohort: it takes enrolments again (its program open)")
  public CohortSummary restore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> cohorts.restore(id, version));
  }
}
