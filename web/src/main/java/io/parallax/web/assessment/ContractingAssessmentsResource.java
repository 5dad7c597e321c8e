package io.parallax.web.assessment;

import io.parallax.domain.assessment.ContractingRubric;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.ejb.assessment.ContractingAssessmentView;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supervisor's grades of a trainee's contracting skill: how one is given and regraded; the rest
 * of its lifecycle is {@link AssessmentsResource}'s, declared here.
 */
@Path(ContractingAssessmentsResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Contracting grades and developmental stages")
public class ContractingAssessmentsResource extends AssessmentsResource<ContractingAssessmentView> {

  static final String PATH = "v1/contracting-assessments";

  public ContractingAssessmentsResource() {
    super(ContractingAssessmentView.class, PATH);
  }

  @POST
  @Operation(summary = "Grade a trainee assigned to the caller on the date")
  @APIResponse(responseCode = "201", description = "Graded, unsigned; Location and ETag")
  @APIResponse(responseCode = "400", description = "Bad fields (problem+json naming each)")
  @APIResponse(responseCode = "404", description = "No such trainee for the caller")
  public Response grade(
      @NotNull(message = "{parallax.contractingAssessmentsResource.1}") @Valid
          NewContractingAssessment request) {
    return created(
        request.content().create(assessments, request.traineeId(), request.assessedOn()));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise an unsigned assessment (If-Match: its ETag)")
  @APIResponse(responseCode = "200", description = "Revised")
  @APIResponse(responseCode = "409", description = "Signed off: create a correction instead")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response regrade(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "{parallax.contractingAssessmentsResource.2}") @Valid
          ContractingGrades content) {
    return revised(id, ifMatch, version -> content.revise(assessments, id, version));
  }

  @GET
  @Path("rubric")
  @Operation(summary = "The anchors of grades 1 to 5 per element (PCC 3.1–3.4, 4.4)")
  public Map<ContractingElement, List<String>> rubric() {
    Map<ContractingElement, List<String>> rubric = new EnumMap<>(ContractingElement.class);
    for (ContractingElement element : ContractingElement.values()) {
      rubric.put(element, ContractingRubric.anchors(element));
    }
    return rubric;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One contracting assessment, any version")
  @APIResponse(responseCode = "200", description = "The assessment, with its ETag")
  @APIResponse(responseCode = "404", description = "No such assessment for the caller")
  public Response read(@PathParam("id") UUID id) {
    return readOne(id);
  }

  @GET
  @Operation(summary = "The current version of each of a trainee's contracting assessments")
  @APIResponse(responseCode = "200", description = "A page, latest first")
  @APIResponse(responseCode = "404", description = "No such trainee for the caller")
  public Page<ContractingAssessmentView> ofTrainee(
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
