package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.HourSubmissionView;
import io.parallax.ejb.accreditation.HourSubmissions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervisor approval of a trainee's log. A trainee submits a period (from–to, not after the
 * school's today, overlapping none of theirs that waits or is approved) to the supervisor assigned
 * to them for the whole period; that supervisor approves it or returns it with a comment. Only
 * hours in approved periods count toward a requirement. A waiting or approved period locks the
 * trainee's client sessions, mentor coaching and CPD on its days (409); to change one, the trainee
 * reopens the period (its hours stop counting) and submits it again. A submission exists only for
 * its trainee and the supervisor it went to: 404 for anyone else, in any school.
 */
@Path("v1/accreditation/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accreditation approval", description = "Periods of the log submitted for approval")
@APIResponse(responseCode = "400", description = "A bad field, named in the problem")
@APIResponse(responseCode = "403", description = "Not allowed for the caller's role")
public class HourSubmissionsResource {

  static final String BASE = "v1/accreditation/submissions/";

  @EJB HourSubmissions submissions;

  @POST
  @Operation(
      summary = "Submit a period of my log for approval (trainees)",
      description =
          "Goes to the supervisor assigned to the trainee for the whole period (of several, the"
              + " latest assigned). A returned period may be submitted again.")
  @APIResponse(responseCode = "201", description = "Submitted; Location names it")
  public Response submit(
      @NotNull(message = "{parallax.accreditation.1}") @Valid SubmissionRequest request) {
    HourSubmissionView s = submissions.submit(request.from, request.to);
    return Response.created(URI.create(BASE + s.id())).entity(s).build();
  }

  @GET
  @Operation(summary = "My submissions, latest period first (trainees)")
  public List<HourSubmissionView> mine() {
    return submissions.mine();
  }

  @GET
  @Path("waiting")
  @Operation(summary = "The submissions waiting for my decision, oldest first (supervisors)")
  public List<HourSubmissionView> waiting() {
    return submissions.waiting();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One submission (its trainee, or the supervisor it went to)")
  @APIResponse(responseCode = "404", description = "No such submission of or for the caller")
  public HourSubmissionView read(@PathParam("id") UUID id) {
    return submissions.read(id);
  }

  @POST
  @Path("{id}/approval")
  @Operation(
      summary = "Approve a waiting period, with an optional comment (its supervisor)",
      description = "Its hours then count toward the trainee's requirements; it is audited.")
  @APIResponse(responseCode = "200", description = "Approved")
  @APIResponse(responseCode = "404", description = "No such submission waiting for the caller")
  @APIResponse(responseCode = "409", description = "Decided already")
  public HourSubmissionView approve(@PathParam("id") UUID id, DecisionRequest decision) {
    return submissions.approve(id, decision == null ? null : decision.comment);
  }

  @POST
  @Path("{id}/return")
  @Operation(
      summary = "Return a waiting period with a comment saying what to correct (its supervisor)",
      description = "The comment is required; the decision is audited.")
  @APIResponse(responseCode = "200", description = "Returned")
  @APIResponse(responseCode = "404", description = "No such submission waiting for the caller")
  @APIResponse(responseCode = "409", description = "Decided already")
  public HourSubmissionView returnWith(
      @PathParam("id") UUID id,
      @NotNull(message = "{parallax.approval.3}") @Valid DecisionRequest decision) {
    return submissions.returnWith(id, decision.comment);
  }

  @POST
  @Path("{id}/reopen")
  @Operation(
      summary = "Reopen my waiting or approved period to correct it (trainees)",
      description =
          "Its entries open again and its hours stop counting until a new submission of the"
              + " period is approved.")
  @APIResponse(responseCode = "200", description = "Reopened")
  @APIResponse(responseCode = "404", description = "No such submission of the caller's")
  @APIResponse(responseCode = "409", description = "Neither waiting nor approved")
  public HourSubmissionView reopen(@PathParam("id") UUID id) {
    return submissions.reopen(id);
  }
}
