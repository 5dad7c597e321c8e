package io.parallax.web.assessment;

import io.parallax.domain.assessment.Assessment;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.ejb.assessment.ContractingAssessmentView;
import io.parallax.ejb.listing.Listing;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ejb.EJB;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The lifecycle every assessment kind shares, as one resource shape: read, list a trainee's, share,
 * sign off, correct, each answered here; a kind's resource adds only how it is created and revised,
 * under its own path ({@code /contracting-assessments}, {@code /stage-assessments}), where an id of
 * the other kind is not found. Every answer carries the assessment's version as its ETag.
 *
 * <p>The endpoints themselves are declared (annotated) on each kind's resource as one-line calls of
 * these: Payara's OpenAPI reader fails (NullPointerException in {@code OperationImpl.merge}) on
 * resource methods inherited from a class without {@code @Path}.
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

  /** One assessment of this kind, any version, with its ETag. */
  protected Response readOne(UUID id) {
    return ok(ofKind(id));
  }

  /**
   * A page of the current versions of a trainee's assessments of this kind, latest first, read page
   * by page from the database.
   */
  protected Page<V> pageOf(UUID traineeId, int page, int size) {
    Listing listing = Page.listing(page, size);
    if (traineeId == null) {
      throw new Page.InvalidParameter("traineeId", "Name the trainee (traineeId).");
    }
    Class<? extends Assessment> entity =
        kind == ContractingAssessmentView.class
            ? ContractingAssessment.class
            : StageAssessment.class;
    return Page.of(
        assessments.pageOfTrainee(traineeId, entity, listing).map(kind::cast), page, size);
  }

  /** Shares the assessment with the trainee or not (also after sign-off; If-Match). */
  protected Response share(UUID id, String ifMatch, Sharing body) {
    boolean shared = body != null && body.shared();
    return revised(id, ifMatch, version -> assessments.shareWithTrainee(id, version, shared));
  }

  /** Signs the assessment off: from then on it never changes (If-Match). */
  protected Response signOff(UUID id, String ifMatch) {
    return revised(id, ifMatch, version -> assessments.signOff(id, version));
  }

  /** Its next version, unsigned, correcting a signed-off one. */
  protected Response correct(UUID id) {
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
    return Versions.created(URI.create(path + "/" + view.id()), view, view.version());
  }

  private V ofKind(UUID id) {
    AssessmentView view = assessments.read(id);
    if (!kind.isInstance(view)) {
      throw new NoSuchRecord("assessment");
    }
    return kind.cast(view);
  }

  private static Response ok(AssessmentView view) {
    return Versions.ok(view, view.version());
  }
}
