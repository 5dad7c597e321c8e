package io.parallax.web.assessment;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.LongFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The lifecycle every assessment kind shares, as one resource shape: read, list a trainee's, share,
 * sign off, correct. A kind's resource adds only how it is created and revised, under its own path
 * ({@code /contracting-assessments}, {@code /stage-assessments}); an id of the other kind is not
 * found there. Every answer carries the assessment's version as its ETag.
 */
public abstract class AssessmentsResource<V extends AssessmentView> {

  @EJB Assessments assessments;

  private final Class<V> kind;
  private final String path;

  /** A resource of assessments of {@code kind} at {@code path} (for the Location of new ones). */
  protected AssessmentsResource(Class<V> kind, String path) {
    this.kind = kind;
    this.path = path;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One assessment of this kind, any version")
  @APIResponse(responseCode = "200", description = "The assessment, with its ETag")
  @APIResponse(responseCode = "404", description = "No such assessment for the caller")
  public Response read(@PathParam("id") UUID id) {
    return ok(ofKind(id));
  }

  @GET
  @Operation(summary = "The current version of each of a trainee's assessments of this kind")
  @APIResponse(responseCode = "200", description = "A page, latest first")
  @APIResponse(responseCode = "404", description = "No such trainee for the caller")
  public Page<V> ofTrainee(
      @QueryParam("traineeId") UUID traineeId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Page.requireValid(page, size);
    if (traineeId == null) {
      throw new Page.InvalidParameter("traineeId", "Name the trainee (traineeId).");
    }
    return Page.of(
        assessments.ofTrainee(traineeId).stream().filter(kind::isInstance).map(kind::cast).toList(),
        page,
        size);
  }

  @PUT
  @Path("{id}/sharing")
  @Operation(summary = "Share with the trainee or not (also after sign-off; If-Match)")
  @APIResponse(responseCode = "200", description = "Switched")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public Response share(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Sharing body) {
    boolean shared = body != null && body.shared();
    return revised(id, ifMatch, version -> assessments.shareWithTrainee(id, version, shared));
  }

  @POST
  @Path("{id}/sign-off")
  @Operation(summary = "Sign the assessment off: from then on it never changes (If-Match)")
  @APIResponse(responseCode = "200", description = "Signed off")
  @APIResponse(responseCode = "409", description = "Signed off already")
  @APIResponse(responseCode = "412", description = "Stale If-Match")
  public Response signOff(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return revised(id, ifMatch, version -> assessments.signOff(id, version));
  }

  @POST
  @Path("{id}/corrections")
  @Operation(summary = "Correct a signed-off assessment: its next version, unsigned")
  @APIResponse(responseCode = "201", description = "The new version; changes lists what differs")
  @APIResponse(responseCode = "400", description = "Not signed off, or corrected already")
  public Response correct(@PathParam("id") UUID id) {
    ofKind(id);
    return created(assessments.correct(id));
  }

  /** A version-guarded write (If-Match) of an assessment of this kind; answers it with its ETag. */
  protected Response revised(UUID id, String ifMatch, LongFunction<AssessmentView> write) {
    ofKind(id);
    return ok(Versions.ifMatch(ifMatch, write));
  }

  /** A new assessment or version: 201 with its Location and ETag. */
  protected Response created(AssessmentView view) {
    return Response.created(URI.create(path + "/" + view.id()))
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  private V ofKind(UUID id) {
    AssessmentView view = assessments.read(id);
    if (!kind.isInstance(view)) {
      throw new NoSuchRecord("assessment");
    }
    return kind.cast(view);
  }

  private static Response ok(AssessmentView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
