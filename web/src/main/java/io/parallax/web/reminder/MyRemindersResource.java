package io.parallax.web.reminder;

import io.parallax.domain.reminder.ReminderKind;
import io.parallax.ejb.reminder.ReminderChoices;
import io.parallax.ejb.reminder.ReminderChoicesView;
import io.parallax.web.api.Versions;
import io.parallax.web.language.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own e-mail reminder switches. */
@Path("v1/me/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class MyRemindersResource {

  @EJB ReminderChoices choices;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "My e-mail reminders",
      description =
          "One switch per reminder my roles receive (IDLE_TRAINEE, WAITING_SUBMISSIONS,"
              + " READINESS_DIGEST), the language they are written in; ETag is the version.")
  public Response mine() {
    ReminderChoicesView mine = choices.mine();
    return Versions.ok(mine, mine.version());
  }

  @PUT
  @Operation(
      summary = "Switch my e-mail reminders on or off (If-Match)",
      description =
          "idleTrainee, waitingSubmissions, readinessDigest: true or false; one left out stays as"
              + " it is. My reminders are written in the request's language (Accept-Language).")
  @APIResponse(responseCode = "200", description = "Saved; ETag is the new version")
  @APIResponse(responseCode = "400", description = "A reminder of a role I do not have")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.reminders.3}") @Valid RemindersRequest request) {
    Map<ReminderKind, Boolean> switches = new EnumMap<>(ReminderKind.class);
    put(switches, ReminderKind.IDLE_TRAINEE, request.idleTrainee);
    put(switches, ReminderKind.WAITING_SUBMISSIONS, request.waitingSubmissions);
    put(switches, ReminderKind.READINESS_DIGEST, request.readinessDigest);
    String language = Languages.of(headers).getLanguage();
    ReminderChoicesView saved =
        Versions.ifMatch(ifMatch, version -> choices.change(version, switches, language));
    return Versions.ok(saved, saved.version());
  }

  private static void put(Map<ReminderKind, Boolean> switches, ReminderKind kind, Boolean on) {
    if (on != null) {
      switches.put(kind, on);
    }
  }
}
