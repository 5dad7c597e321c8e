package io.parallax.web.accreditation;

import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.AccreditationTracks;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.CpdEntryView;
import io.parallax.ejb.accreditation.HourLog;
import io.parallax.ejb.accreditation.MentorCoachingView;
import io.parallax.ejb.accreditation.ProgramTrack;
import io.parallax.ejb.accreditation.TrackView;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accreditation: tracks (school admins copy a shipped ICF or EMCC standard and adjust its figures;
 * a program names its track), a trainee's mentor coaching and CPD, and readiness (a trainee's own;
 * a cohort's for school admins, or a supervisor's supervisees in it). Writes of a record carry its
 * version in If-Match.
 */
@Path("v1/accreditation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accreditation", description = "Tracks, mentor coaching, CPD and readiness")
@APIResponse(responseCode = "400", description = "A bad field, named in the problem")
@APIResponse(responseCode = "403", description = "Not allowed for the caller's role")
public class AccreditationResource {

  static final String BASE = "v1/accreditation/";

  @EJB AccreditationTracks tracks;
  @EJB HourLog log;
  @EJB AccreditationReadiness readiness;

  @GET
  @Path("standards")
  @Operation(
      summary = "The shipped standards (school admins)",
      description =
          "ICF ACC and PCC, EMCC EIA Foundation to Master Practitioner: each figure, its source"
              + " and the day it was taken. Check them against the bodies' current requirements.")
  public List<TrackView> standards() {
    return tracks.standards();
  }

  @GET
  @Path("tracks")
  @Operation(summary = "The school's own tracks (school admins)")
  public List<TrackView> tracks() {
    return tracks.tracks();
  }

  @GET
  @Path("tracks/{id}")
  @Operation(summary = "One of the school's tracks (school admins)")
  @APIResponse(responseCode = "404", description = "No such track in the caller's school")
  public Response track(@PathParam("id") UUID id) {
    TrackView track = tracks.read(id);
    return Versions.ok(track, track.version());
  }

  @POST
  @Path("tracks")
  @Operation(
      summary = "Copy a shipped standard (code) or a school track (fromTrack) (school admins)")
  @APIResponse(responseCode = "201", description = "Copied; Location names the new track")
  public Response copy(
      @NotNull(message = "{parallax.accreditation.1}") @Valid TrackCopyRequest request) {
    TrackView copy = tracks.copy(request.code, request.fromTrack, request.name);
    return Versions.created(URI.create(BASE + "tracks/" + copy.id()), copy, copy.version());
  }

  @PUT
  @Path("tracks/{id}")
  @Operation(
      summary = "Adjust a track's name and figures at the version read (If-Match; school admins)",
      description = "A figure left out is one the track does not ask for.")
  @APIResponse(responseCode = "200", description = "Adjusted; ETag is the new version")
  @APIResponse(responseCode = "404", description = "No such track in the caller's school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response adjust(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.accreditation.1}") @Valid TrackRequest request) {
    TrackView adjusted =
        Versions.ifMatch(
            ifMatch, version -> tracks.adjust(id, version, request.name, request.figures()));
    return Versions.ok(adjusted, adjusted.version());
  }

  @GET
  @Path("programs")
  @Operation(summary = "The school's programs with the track each leads to (school admins)")
  public List<ProgramTrack> programs() {
    return tracks.programs();
  }

  @PUT
  @Path("programs/{id}/track")
  @Operation(summary = "Name the track a program leads to (If-Match: the program's version)")
  @APIResponse(responseCode = "404", description = "No such program or track in the school")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  public ProgramTrack leadTo(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.accreditation.1}") @Valid ProgramTrackRequest request) {
    return Versions.ifMatch(ifMatch, version -> tracks.leadTo(id, version, request.trackId));
  }

  @GET
  @Path("mentor-coaching")
  @Operation(summary = "My mentor coaching, latest first (trainees)")
  public List<MentorCoachingView> mentorCoaching() {
    return log.mentorCoaching();
  }

  @POST
  @Path("mentor-coaching")
  @Operation(summary = "Log mentor coaching I received (trainees)")
  @APIResponse(responseCode = "201", description = "Logged; Location names it")
  public Response addMentorCoaching(
      @NotNull(message = "{parallax.accreditation.1}") @Valid MentorCoachingRequest r) {
    MentorCoachingView added = log.addMentorCoaching(r.mentorName, r.heldOn, r.minutes, r.oneToOne);
    return Versions.created(
        URI.create(BASE + "mentor-coaching/" + added.id()), added, added.version());
  }

  @PUT
  @Path("mentor-coaching/{id}")
  @Operation(summary = "Correct my mentor coaching at the version read (If-Match)")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  public Response reviseMentorCoaching(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.accreditation.1}") @Valid MentorCoachingRequest r) {
    MentorCoachingView revised =
        Versions.ifMatch(
            ifMatch,
            version ->
                log.reviseMentorCoaching(
                    id, version, r.mentorName, r.heldOn, r.minutes, r.oneToOne));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("mentor-coaching/{id}")
  @Operation(summary = "Remove my mentor coaching (If-Match)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's")
  public Response removeMentorCoaching(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> log.removeMentorCoaching(id, version));
  }

  @GET
  @Path("cpd")
  @Operation(summary = "My CPD, latest first (trainees)")
  public List<CpdEntryView> cpd() {
    return log.cpd();
  }

  @POST
  @Path("cpd")
  @Operation(summary = "Log CPD (trainees)")
  @APIResponse(responseCode = "201", description = "Logged; Location names it")
  public Response addCpd(@NotNull(message = "{parallax.accreditation.1}") @Valid CpdRequest r) {
    CpdEntryView added = log.addCpd(r.heldOn, r.minutes, r.title);
    return Versions.created(URI.create(BASE + "cpd/" + added.id()), added, added.version());
  }

  @PUT
  @Path("cpd/{id}")
  @Operation(summary = "Correct my CPD at the version read (If-Match)")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's")
  @APIResponse(responseCode = "412", description = "Stale If-Match: nothing stored")
  public Response reviseCpd(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.accreditation.1}") @Valid CpdRequest r) {
    CpdEntryView revised =
        Versions.ifMatch(
            ifMatch, version -> log.reviseCpd(id, version, r.heldOn, r.minutes, r.title));
    return Versions.ok(revised, revised.version());
  }

  @DELETE
  @Path("cpd/{id}")
  @Operation(summary = "Remove my CPD entry (If-Match)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such entry of the caller's")
  public Response removeCpd(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Versions.deleteIfMatch(ifMatch, version -> log.removeCpd(id, version));
  }

  @GET
  @Path("readiness")
  @Operation(
      summary = "My readiness for my track (trainees)",
      description =
          "Per requirement: done, required, missing, met, and the projected day at the pace of"
              + " the last 90 days (hours or new clients per day; none without recent work). The"
              + " track is that of the latest cohort the trainee is enrolled in whose program"
              + " names one; none: track is null.")
  public TraineeReadiness readiness() {
    return readiness.mine();
  }

  @GET
  @Path("cohorts/{id}/readiness")
  @Operation(
      summary = "A cohort's readiness (school admins; supervisors: their supervisees in it)",
      description =
          "One row per trainee; behind: not ready and without a projection, or projected past"
              + " the cohort's end.")
  @APIResponse(responseCode = "404", description = "No such cohort in the caller's school")
  public CohortReadiness cohortReadiness(@PathParam("id") UUID id) {
    return readiness.cohort(id);
  }
}
