package io.parallax.web.platform;

import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.identity.Onboarding;
import io.parallax.ejb.school.SchoolSummary;
import io.parallax.ejb.school.Schools;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Schools (tenants), for the platform admin: onboard, list, suspend, reactivate. */
@Path("v1/schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Schools", description = "Platform admin only")
public class SchoolsResource {

  /**
   * A school to onboard and its first school admin, who is invited by e-mail. {@code timeZone}
   * (optional, e.g. {@code Europe/Berlin}) is the zone whose day is the school's "today"; without
   * it the school works in Parallax's default zone.
   */
  public record NewSchool(
      @NotNull(message = "{parallax.schoolsResource.1}") String id,
      @NotNull(message = "{parallax.schoolsResource.2}") String name,
      @NotNull(message = "{parallax.schoolsResource.3}") String adminEmail,
      @NotNull(message = "{parallax.schoolsResource.4}") String adminFirstName,
      @NotNull(message = "{parallax.schoolsResource.5}") String adminLastName,
      String timeZone) {}

  @EJB Schools schools;
  @EJB Onboarding onboarding;

  @GET
  @Operation(summary = "Every school, by name")
  public Page<SchoolSummary> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(schools.page(Page.listing(page, size)), page, size);
  }

  @POST
  @Operation(
      summary = "Onboard a school",
      description =
          "Creates the Keycloak organization, the school with its defaults and its first school"
              + " admin, and mails the admin an invitation. All or nothing.")
  @APIResponse(responseCode = "201", description = "Onboarded; Location names the school")
  @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem+json)")
  @APIResponse(responseCode = "503", description = "Keycloak failed; nothing was created")
  public Response onboard(
      @Valid @NotNull(message = "{parallax.schoolsResource.6}") NewSchool school,
      @Context HttpHeaders headers) {
    SchoolSummary onboarded =
        onboarding.onboard(
            school.id(),
            school.name(),
            school.timeZone(),
            new Invitee(school.adminEmail(), school.adminFirstName(), school.adminLastName())
                .inFirstLanguageOf(headers.getAcceptableLanguages()));
    return Versions.created(
        UriBuilder.fromPath("v1/schools/{id}").build(onboarded.id()),
        onboarded,
        onboarded.version());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One school")
  public Response read(@PathParam("id") String id) {
    SchoolSummary school = schools.summary(id);
    return Versions.ok(school, school.version());
  }

  @POST
  @Path("{id}/suspension")
  @Operation(summary = "Suspend a school: its members can no longer work in Parallax")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  public SchoolSummary suspend(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> schools.suspend(id, version));
  }

  @POST
  @Path("{id}/reactivation")
  @Operation(summary = "Reactivate a suspended school")
  public SchoolSummary reactivate(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> schools.reactivate(id, version));
  }
}
