package io.parallax.web.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.school.MemberLifecycle;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import io.parallax.web.language.Languages;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people of the caller's school and their lifecycle, run by its school admins: invitations
 * (sent, re-sent, cancelled), roles, corrections, deactivation.
 */
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

  /** A correction of a member's name and the date their initial training ended (null: unknown). */
  public record Correction(
      @NotNull(message = "{parallax.membersResource.displayName}") String displayName,
      LocalDate initialTrainingEndedOn) {}

  /** The roles a member has from now on. */
  public record RoleChange(
      @NotNull(message = "{parallax.membersResource.roles}") Set<MemberRole> roles) {}

  @EJB Members members;
  @EJB MemberLifecycle lifecycle;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "The school's members, by name; filter by role or name",
      description =
          "role: one of TRAINEE, SUPERVISOR, SCHOOL_ADMIN; name: a part of the name, any case;"
              + " state: one of the states. Each member's state: INVITED (invitation sent, link"
              + " still works), INVITATION_EXPIRED (link expired unused), ACTIVE (joined),"
              + " DEACTIVATED; stateLabel says it in words in the request's language.")
  public Page<Member> list(
      @QueryParam("role") MemberRole role,
      @QueryParam("name") String name,
      @QueryParam("state") MemberState state,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Listing listing =
        Page.listing(page, size).where("role", role).where("name", name).where("state", state);
    return Page.of(members.page(listing).map(this::answer), page, size);
  }

  @GET
  @Path("me")
  @Operation(summary = "The caller as a member of their school")
  public Member me() {
    return answer(members.me());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member")
  public Response read(@PathParam("id") UUID id) {
    MemberSummary member = members.read(id);
    return Versions.ok(answer(member), member.version());
  }

  @POST
  @Operation(
      summary = "Invite someone",
      description = "Creates their Keycloak account in the school and mails the invitation.")
  @APIResponse(responseCode = "201", description = "Invited")
  @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem+json)")
  @APIResponse(responseCode = "503", description = "Keycloak failed; nothing was created")
  public Response invite(
      @Valid @NotNull(message = "{parallax.membersResource.5}") Invitation body) {
    MemberSummary invited =
        members.invite(
            new Invitee(body.email(), body.firstName(), body.lastName())
                .inFirstLanguageOf(headers.getAcceptableLanguages()),
            body.roles(),
            body.initialTrainingEndedOn());
    return Versions.created(
        UriBuilder.fromPath("v1/members/{id}").build(invited.id()),
        answer(invited),
        invited.version());
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Correct a member's name and initial-training date at the version I read",
      description =
          "Send the ETag of the member read in If-Match. Audited. The e-mail and the roles are not"
              + " changed here (roles: PUT .../roles).")
  @APIResponse(responseCode = "200", description = "Corrected; ETag is the new version")
  @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem+json)")
  @APIResponse(responseCode = "403", description = "Only school admins correct members")
  @APIResponse(responseCode = "404", description = "No such member in your school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response correct(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{parallax.membersResource.correction}") Correction body) {
    MemberSummary corrected =
        Versions.ifMatch(
            ifMatch,
            version ->
                lifecycle.correct(id, version, body.displayName(), body.initialTrainingEndedOn()));
    return Versions.ok(answer(corrected), corrected.version());
  }

  @PUT
  @Path("{id}/roles")
  @Operation(
      summary = "Change a member's roles",
      description =
          "The member's Keycloak realm roles change with them, all or nothing. The school keeps at"
              + " least one active school admin.")
  @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
  @APIResponse(responseCode = "400", description = "No role, or the school's last school admin")
  @APIResponse(responseCode = "403", description = "Only school admins change roles")
  @APIResponse(responseCode = "404", description = "No such member in your school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing changed")
  @APIResponse(responseCode = "503", description = "Keycloak failed; nothing was changed")
  public Response changeRoles(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "{parallax.membersResource.roleChange}") RoleChange body) {
    MemberSummary changed =
        Versions.ifMatch(ifMatch, version -> lifecycle.changeRoles(id, version, body.roles()));
    return Versions.ok(answer(changed), changed.version());
  }

  @POST
  @Path("{id}/invitation")
  @Operation(
      summary = "Re-send a pending invitation",
      description =
          "Only while the member has not followed the invitation (state INVITED or"
              + " INVITATION_EXPIRED); the new link works for another 72 hours.")
  @APIResponse(responseCode = "200", description = "Sent; ETag is the new version")
  @APIResponse(responseCode = "400", description = "The member has no pending invitation")
  @APIResponse(responseCode = "404", description = "No such member in your school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing sent")
  @APIResponse(responseCode = "503", description = "Keycloak failed; nothing was sent")
  public Response resendInvitation(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    MemberSummary resent =
        Versions.ifMatch(ifMatch, version -> lifecycle.resendInvitation(id, version));
    return Versions.ok(answer(resent), resent.version());
  }

  @DELETE
  @Path("{id}/invitation")
  @Operation(
      summary = "Cancel a pending invitation",
      description =
          "Removes the member who never joined (with their enrolments and assignments) and their"
              + " Keycloak account, all or nothing.")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "400", description = "The member has joined or has records")
  @APIResponse(responseCode = "404", description = "No such member in your school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing removed")
  public Response cancelInvitation(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> lifecycle.cancelInvitation(id, version));
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "Deactivate a member: their account is disabled, their records stay")
  @APIResponse(responseCode = "412", description = "If-Match is stale")
  public Member deactivate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return answer(Versions.ifMatch(ifMatch, version -> members.deactivate(id, version)));
  }

  @POST
  @Path("{id}/reactivation")
  @Operation(summary = "Reactivate a member")
  public Member reactivate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return answer(Versions.ifMatch(ifMatch, version -> members.reactivate(id, version)));
  }

  private Member answer(MemberSummary member) {
    return Member.of(member, Languages.of(headers));
  }
}
