package io.parallax.web.assessment;

import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.web.api.Page;
import io.parallax.web.api.Versions;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * What the two assessment resources share: the ETag on every answer, the kind check (a stage id
 * under {@code /contracting-assessments} is not found), and the version-guarded writes common to
 * both kinds (sharing, sign-off, correction).
 */
final class AssessmentResponses {

  private AssessmentResponses() {}

  static Response ok(AssessmentView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }

  static Response created(String path, AssessmentView view) {
    return Response.created(URI.create(path + "/" + view.id()))
        .tag(Versions.etag(view.version()))
        .entity(view)
        .build();
  }

  static <V extends AssessmentView> V ofKind(AssessmentView view, Class<V> kind) {
    if (!kind.isInstance(view)) {
      throw new NoSuchRecord("assessment");
    }
    return kind.cast(view);
  }

  static <V extends AssessmentView> Page<V> ofTrainee(
      Assessments assessments, UUID traineeId, Class<V> kind, int page, int size) {
    Page.requireValid(page, size);
    if (traineeId == null) {
      throw new Page.InvalidParameter("traineeId", "Name the trainee (traineeId).");
    }
    return Page.of(
        assessments.ofTrainee(traineeId).stream().filter(kind::isInstance).map(kind::cast).toList(),
        page,
        size);
  }

  static Response share(
      Assessments assessments, Class<?> kind, UUID id, String ifMatch, Sharing sharing) {
    ofKind(assessments.read(id), kind.asSubclass(AssessmentView.class));
    boolean shared = sharing != null && sharing.shared();
    return ok(
        Versions.ifMatch(ifMatch, version -> assessments.shareWithTrainee(id, version, shared)));
  }

  static Response signOff(Assessments assessments, Class<?> kind, UUID id, String ifMatch) {
    ofKind(assessments.read(id), kind.asSubclass(AssessmentView.class));
    return ok(Versions.ifMatch(ifMatch, version -> assessments.signOff(id, version)));
  }

  static Response correct(Assessments assessments, Class<?> kind, String path, UUID id) {
    ofKind(assessments.read(id), kind.asSubclass(AssessmentView.class));
    return created(path, assessments.correct(id));
  }
}
