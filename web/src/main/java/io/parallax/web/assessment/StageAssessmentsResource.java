package io.parallax.web.assessment;

import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.StageAssessmentView;
import io.parallax.web.api.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supervisor's assessments of a trainee's developmental stage on the school's scale: how one is
 * placed and revised; the rest of its lifecycle is {@link AssessmentsResource}'s, declared here.
 */
@Path(StageAssessmentsResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class StageAssessmentsResource extends AssessmentsResource<StageAssessmentView> {

  static final String PATH = "v1/stage-assessments";

  public StageAssessmentsResource() {
    super(StageAssessmentView.class, PATH);
  }

  @POST
  @Operation(summary = "Place a trainee assigned to the caller on the school's default scale")
  @APIResponse(responseCode = "201", description = "Assessed, unsigned; Location and ETag")
  @APIResponse(responseCode = "400", description = "Bad fields (problem+json naming each)")
  @APIResponse(responseCode = "404", description = "No such trainee for the caller")
  public Response assess(
      @NotNull(message = "{parallax.contractingAssessmentsResource.1}") @Valid
          NewStageAssessment request) {
    return created(
        request.content().create(assessments, request.traineeId(), request.assessedOn()));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise an unsigned stage assessment (If-Match: its ETag)")
  @APIResponse(responseCode = "200", description = "Revised")
  @APIResponse(responseCode = "409", description = "Signed off: create a correction instead")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response reassess(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.newStageAssessment.1}") @Valid StagePlacement p) {
    return revised(id, ifMatch, version -> p.revise(assessments, id, version));
  }

  @GET
  @Path("scale")
  @Operation(summary = "The school's default scale: levels and the stance each suggests")
  public Assessments.ScaleView scale() {
    return assessments.defaultScaleLevels();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One stage assessment, any version")
  @APIResponse(responseCode = "200", description = "The assessment, with its ETag")
  @APIResponse(responseCode = "404", description = "No such assessment for the caller")
  public Response read(@PathParam("id") UUID id) {
    return readOne(id);
  }

  @GET
  @Operation(summary = "The current version of each of a trainee's stage assessments")
  @APIResponse(responseCode = "200", description = "A page, latest first")
  @APIResponse(responseCode = "404", description = "No such trainee for the caller")
  public Page<StageAssessmentView> ofTrainee(
      @QueryParam("traineeId") UUID traineeId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return pageOf(traineeId, page, size);
  }

  @PUT
  @Path("{id}/sharing")
  @Operation(summary = "Share with the trainee or not (also after sign-off; If-Match)")
  @APIResponse(responseCode = "200", description = "Switched")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @Override
  public Response share(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Sharing body) {
    return super.share(id, ifMatch, body);
  }

  @POST
  @Path("{id}/sign-off")
  @Operation(summary = "Sign the assessment off: from then on it never changes (If-Match)")
  @APIResponse(responseCode = "200", description = "Signed off")
  @APIResponse(responseCode = "409", description = "Signed off already")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @Override
  public Response signOff(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return super.signOff(id, ifMatch);
  }

  @POST
  @Path("{id}/corrections")
  @Operation(summary = "Correct a signed-off assessment: its next version, unsigned")
  @APIResponse(responseCode = "201", description = "The new version; changes lists what differs")
  @APIResponse(responseCode = "400", description = "Not signed off, or corrected already")
  @Override
  public Response correct(@PathParam("id") UUID id) {
    return super.correct(id);
  }
}
