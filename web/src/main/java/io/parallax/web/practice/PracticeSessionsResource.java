package io.parallax.web.practice;

import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.web.api.Page;
import io.parallax.web.api.Problem;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own client sessions. Reads answer the session's version as its ETag; updates and
 * deletes send it back in {@code If-Match} (stale: 412, missing: 428, nothing stored).
 */
@Path("v1/me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My sessions", description = "A trainee's own client sessions and their contracting")
public class PracticeSessionsResource {

  @EJB PracticeSessions sessions;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "My sessions held in a period, latest first, one page (no reflections)")
  @APIResponse(responseCode = "200", description = "One page of sessions")
  @APIResponse(
      responseCode = "400",
      description = "A bad from, to, page or size",
      content = @Content(mediaType = "application/problem+json"))
  public Page<PracticeSessionView> list(
      @Parameter(description = "First day, ISO date (inclusive)") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "Last day, ISO date (inclusive)") @QueryParam("to") LocalDate to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page.requireValid(page, size);
    return Page.of(sessions.mine(from, to, page * size, size), page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my sessions, with its reflection (the read is audited)")
  @APIResponse(responseCode = "200", description = "The session; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  public Response read(@PathParam("id") UUID id) {
    PracticeSessionView session = sessions.read(id);
    return Versions.ok(session, session.version());
  }

  @POST
  @Operation(summary = "Log a session with one of my clients")
  @APIResponse(responseCode = "201", description = "Logged; Location names it, ETag its version")
  @APIResponse(
      responseCode = "400",
      description = "Bad input: errors names each bad field",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such client of mine")
  public Response log(
      @Valid @NotNull(message = "{parallax.practiceSessionsResource.1}") SessionRequest session) {
    PracticeSessionView logged = sessions.log(session.toEntry());
    return Versions.created(
        uri.getAbsolutePathBuilder().path(logged.id().toString()).build(),
        logged,
        logged.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise one of my sessions at the version I read (If-Match)")
  @APIResponse(responseCode = "200", description = "Revised; ETag is the new version")
  @APIResponse(responseCode = "400", description = "Bad input: errors names each bad field")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{parallax.practiceSessionsResource.1}") SessionRequest session) {
    PracticeSessionView revised =
        Versions.ifMatch(ifMatch, version -> sessions.revise(id, version, session.toEntry()));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my sessions (softly: POST .../restore undoes it)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing deleted")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> sessions.delete(id, version));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Undo the deletion of one of my sessions")
  @APIResponse(responseCode = "200", description = "Restored; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  public Response restore(@PathParam("id") UUID id) {
    PracticeSessionView restored = sessions.restore(id);
    return Versions.ok(restored, restored.version());
  }
}
