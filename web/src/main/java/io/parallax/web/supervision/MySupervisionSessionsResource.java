package io.parallax.web.supervision;

import io.parallax.ejb.supervision.SupervisionHours;
import io.parallax.ejb.supervision.SupervisionSessionView;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.api.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervision sessions a trainee took part in, alone or in a group, and their supervision
 * hours: never with the supervisor's confidential notes (on the session or on anyone in it).
 */
@Path("v1/me/supervision-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My supervision", description = "A trainee's own supervision sessions and hours")
public class MySupervisionSessionsResource {

  @EJB SupervisionSessions sessions;

  @GET
  @Operation(summary = "My supervision sessions held in a period, latest first, one page")
  @APIResponse(responseCode = "200", description = "One page of sessions, without notes")
  @APIResponse(
      responseCode = "400",
      description = "A bad from, to, page or size",
      content = @Content(mediaType = "application/problem+json"))
  public Page<SupervisionSessionView> list(
      @Parameter(description = "First day, ISO date (inclusive)") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "Last day, ISO date (inclusive)") @QueryParam("to") LocalDate to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page.requireValid(page, size);
    return Page.of(sessions.mine(from, to, page * size, size), page, size);
  }

  @GET
  @Path("hours")
  @Operation(summary = "My supervision hours in a period: in all and per month")
  @APIResponse(responseCode = "200", description = "Sessions and minutes per month")
  @APIResponse(
      responseCode = "400",
      description = "A bad from or to",
      content = @Content(mediaType = "application/problem+json"))
  public SupervisionHours hours(
      @Parameter(description = "First day, ISO date (inclusive)") @QueryParam("from")
          LocalDate from,
      @Parameter(description = "Last day, ISO date (inclusive)") @QueryParam("to") LocalDate to) {
    return sessions.myHours(from, to);
  }
}
