package io.parallax.web.school;

import io.parallax.ejb.school.AssignmentSummary;
import io.parallax.ejb.school.EnrolmentSummary;
import io.parallax.ejb.school.Members;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who supervises whom (from, to), and who is enrolled where: the school admin's to arrange. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments and enrolments")
public class AssignmentsResource {

  /** A supervisor for a trainee from a date, open-ended unless {@code endsOn} is given. */
  public record NewAssignment(
      @NotNull(message = "{parallax.assignmentsResource.1}") UUID supervisorId,
      @NotNull(message = "{parallax.assignmentsResource.2}") UUID traineeId,
      @NotNull(message = "{parallax.assignmentsResource.3}") LocalDate startsOn,
      LocalDate endsOn) {}

  /** The last day of an assignment. */
  public record AssignmentEnd(
      @NotNull(message = "{parallax.assignmentsResource.4}") LocalDate endsOn) {}

  /** A trainee into a cohort. */
  public record NewEnrolment(
      @NotNull(message = "{parallax.assignmentsResource.5}") UUID cohortId,
      @NotNull(message = "{parallax.assignmentsResource.2}") UUID traineeId,
      @NotNull(message = "{parallax.assignmentsResource.6}") LocalDate enrolledOn) {}

  @EJB Members members;

  @GET
  @Path("assignments")
  @Operation(summary = "Supervisor assignments, newest first")
  public Page<AssignmentSummary> assignments(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(members.assignmentPage(Page.listing(page, size)), page, size);
  }

  @POST
  @Path("assignments")
  @Operation(summary = "Assign a supervisor to a trainee")
  public Response assign(
      @Valid @NotNull(message = "{parallax.assignmentsResource.7}") NewAssignment a) {
    UUID id = members.assignSupervisor(a.supervisorId(), a.traineeId(), a.startsOn(), a.endsOn());
    return Response.status(Response.Status.CREATED).entity(members.assignment(id)).build();
  }

  @POST
  @Path("assignments/{id}/end")
  @Operation(summary = "End an assignment on a date")
  public AssignmentSummary end(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "{parallax.assignmentsResource.8}") AssignmentEnd end) {
    return Versions.ifMatch(ifMatch, version -> members.endAssignment(id, version, end.endsOn()));
  }

  @GET
  @Path("enrolments")
  @Operation(summary = "Enrolments, by cohort and trainee")
  public Page<EnrolmentSummary> enrolments(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(members.enrolmentPage(Page.listing(page, size)), page, size);
  }

  @POST
  @Path("enrolments")
  @Operation(summary = "Enrol a trainee into an open cohort")
  public Response enrol(
      @Valid @NotNull(message = "{parallax.assignmentsResource.9}") NewEnrolment e) {
    UUID id = members.enrol(e.cohortId(), e.traineeId(), e.enrolledOn());
    return Response.status(Response.Status.CREATED).entity(members.enrolment(id)).build();
  }
}
