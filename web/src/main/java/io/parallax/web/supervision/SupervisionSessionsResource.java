package io.parallax.web.supervision;

import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervision sessions: a supervisor records them for a supervisee assigned to them on the date;
 * the notes (on the session and on each participant of a group) are returned only to their author.
 * Reads answer the session's version as its ETag; the author's updates and deletes send it back in
 * {@code If-Match} (stale: 412, missing: 428, nothing stored); a session a signed-off assessment
 * cites is locked (409).
 */
@Path("v1/supervision-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class SupervisionSessionsResource {

  @Inject SchoolCalendar calendar;
  @EJB SupervisionSessions sessions;

  @POST
  @Operation(summary = "Record a supervision session with a supervisee assigned to the caller")
  @APIResponse(responseCode = "201", description = "Recorded; Location and ETag of the session")
  @APIResponse(
      responseCode = "400",
      description = "A field is bad or breaks a rule (problem+json naming every field)")
  @APIResponse(responseCode = "403", description = "The caller is not a supervisor")
  @APIResponse(responseCode = "404", description = "No such supervisee for the caller")
  public Response record(
      @NotNull(message = "{parallax.supervisionSessionsResource.1}") @Valid
          SupervisionSessionRequest request) {
    SupervisionSessionView recorded = sessions.record(request.toRecord());
    return Versions.created(
        URI.create("v1/supervision-sessions/" + recorded.id()), recorded, recorded.version());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise one of my supervision sessions at the version I read (If-Match)")
  @APIResponse(responseCode = "200", description = "Revised; ETag is the new version")
  @APIResponse(responseCode = "400", description = "Bad input: errors names each bad field")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  @APIResponse(
      responseCode = "409",
      description = "A signed-off assessment cites the session: it no longer changes")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.supervisionSessionsResource.1}") @Valid
          SupervisionSessionRequest request) {
    SupervisionSessionView revised =
        Versions.ifMatch(ifMatch, version -> sessions.revise(id, version, request.toRecord()));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my supervision sessions (softly: POST .../restore undoes it)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  @APIResponse(
      responseCode = "409",
      description = "A signed-off assessment cites the session: it stays")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing deleted")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> sessions.delete(id, version));
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Undo the deletion of one of my supervision sessions")
  @APIResponse(responseCode = "200", description = "Restored; ETag is its version")
  @APIResponse(responseCode = "404", description = "No such session of mine")
  public Response restore(@PathParam("id") UUID id) {
    SupervisionSessionView restored = sessions.restore(id);
    return Versions.ok(restored, restored.version());
  }

  @GET
  @Path("deleted")
  @Operation(summary = "My deleted supervision sessions, latest first, without notes")
  @APIResponse(responseCode = "200", description = "The sessions I may restore")
  public List<SupervisionSessionView> deleted() {
    return sessions.deletedByMe();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One supervision session (notes only for the supervisor who recorded it)")
  @APIResponse(responseCode = "200", description = "The session, with its ETag")
  @APIResponse(responseCode = "404", description = "No such session for the caller")
  public Response read(@PathParam("id") UUID id) {
    SupervisionSessionView session = sessions.read(id);
    return Versions.ok(session, session.version());
  }

  @GET
  @Operation(
      summary = "A supervisee's sessions in a date window, latest first, without notes",
      description = "Only the dates the caller's assignments to the supervisee cover.")
  @APIResponse(responseCode = "200", description = "A page of sessions")
  @APIResponse(responseCode = "400", description = "Bad dates or paging parameters")
  @APIResponse(responseCode = "404", description = "No such supervisee for the caller")
  public Page<SupervisionSessionView> ofSupervisee(
      @QueryParam("superviseeId") UUID superviseeId,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Listing listing = Page.listing(page, size);
    if (superviseeId == null) {
      throw new Page.InvalidParameter("superviseeId", "Name the supervisee (superviseeId).");
    }
    LocalDate until = to != null ? to : calendar.today();
    LocalDate since = from != null ? from : until.minusYears(1);
    return Page.of(sessions.ofSupervisee(superviseeId, since, until, listing), page, size);
  }
}
