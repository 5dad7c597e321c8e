package io.parallax.web.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.school.MemberSummary;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people of the caller's school: invitations and deactivation by its school admins. */
@Path("v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

  /** Someone to invite, with their roles in the school. */
  public record Invitation(
      @NotNull(message = "{parallax.membersResource.1}") String email,
      @NotNull(message = "{parallax.membersResource.2}") String firstName,
      @NotNull(message = "{parallax.membersResource.3}") String lastName,
      @NotNull(message = "{parallax.membersResource.4}") Set<MemberRole> roles,
      LocalDate initialTrainingEndedOn) {}

  @EJB Members members;

  @GET
  @Operation(
      summary = "The school's members, by name; filter by role or name",
      description =
          "role: one of TRAINEE, SUPERVISOR, SCHOOL_ADMIN; name: a part of the name, any case.")
  public Page<MemberSummary> list(
      @QueryParam("role") MemberRole role,
      @QueryParam("name") String name,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return Page.of(
        members.page(Page.listing(page, size).where("role", role).where("name", name)), page, size);
  }

  @GET
  @Path("me")
  @Operation(summary = "The caller as a member of their school")
  public MemberSummary me() {
    return members.me();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member")
  public Response read(@PathParam("id") UUID id) {
    MemberSummary member = members.read(id);
    return Response.ok(member).tag(Versions.etag(member.version())).build();
  }

  @POST
  @Operation(
      summary = "Invite someone",
      description = "Creates their Keycloak account in the school and mails the invitation.")
  @APIResponse(responseCode = "201", description = "Invited")
  @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem+json)")
  @APIResponse(responseCode = "503", description = "Keycloak failed; nothing was created")
  public Response invite(
      @Valid @NotNull(message = "{parallax.membersResource.5}") Invitation body,
      @Context HttpHeaders headers) {
    MemberSummary invited =
        members.invite(
            new Invitee(body.email(), body.firstName(), body.lastName())
                .inFirstLanguageOf(headers.getAcceptableLanguages()),
            body.roles(),
            body.initialTrainingEndedOn());
    return Response.created(UriBuilder.fromPath("v1/members/{id}").build(invited.id()))
        .tag(Versions.etag(invited.version()))
        .entity(invited)
        .build();
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "Deactivate a member: their account is disabled, their records stay")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  public MemberSummary deactivate(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> members.deactivate(id, version));
  }

  @POST
  @Path("{id}/reactivation")
  @Operation(summary = "Reactivate a member")
  public MemberSummary reactivate(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return Versions.ifMatch(ifMatch, version -> members.reactivate(id, version));
  }
}
