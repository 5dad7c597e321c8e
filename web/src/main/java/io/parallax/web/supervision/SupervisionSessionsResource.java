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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervision sessions: a supervisor records them for a supervisee assigned to them on the date;
 * the notes are returned only to their author.
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
    return Response.created(URI.create("v1/supervision-sessions/" + recorded.id()))
        .tag(Versions.etag(recorded.version()))
        .entity(recorded)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One supervision session (notes only for the supervisor who recorded it)")
  @APIResponse(responseCode = "200", description = "The session, with its ETag")
  @APIResponse(responseCode = "404", description = "No such session for the caller")
  public Response read(@PathParam("id") UUID id) {
    SupervisionSessionView session = sessions.read(id);
    return Response.ok(session).tag(Versions.etag(session.version())).build();
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
