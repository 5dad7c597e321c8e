package io.parallax.web.reminder;

import io.parallax.ejb.reminder.ReminderSettings;
import io.parallax.ejb.reminder.ReminderSettingsView;
import io.parallax.web.api.Versions;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school's reminder settings (school admins). */
@Path("v1/reminder-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderSettingsResource {

  @EJB ReminderSettings settings;

  @GET
  @Operation(
      summary = "The school's reminder settings (school admins)",
      description =
          "idleDays: days without a client session before a trainee is reminded (default 14);"
              + " waitingDays: days a submission waits before its supervisor is (default 7).")
  public Response current() {
    ReminderSettingsView current = settings.current();
    return Versions.ok(current, current.version());
  }

  @PUT
  @Operation(summary = "Change the school's reminder settings (If-Match; school admins)")
  @APIResponse(responseCode = "200", description = "Saved; ETag is the new version")
  @APIResponse(responseCode = "400", description = "A value missing or not from 1 to 365 days")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.reminders.3}") @Valid ReminderSettingsRequest request) {
    ReminderSettingsView saved =
        Versions.ifMatch(
            ifMatch, version -> settings.change(version, request.idleDays, request.waitingDays));
    return Versions.ok(saved, saved.version());
  }
}
