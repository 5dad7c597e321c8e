package io.parallax.web.assessment;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.assessment.AssessmentView;
import io.parallax.ejb.assessment.Assessments;
import io.parallax.web.supervision.FormMessages;
import io.parallax.web.supervision.SuperviseeChoices;
import java.util.List;
import java.util.UUID;

/**
 * The list under the grade and the stage forms, for assessments of either kind: a supervisee's
 * assessments, and what the supervisor does to a listed one (sign off, correct, share). {@code
 * kind} is the messages' prefix ({@code grade}, {@code stage}); refusals show at the list's form
 * ({@code grades}, {@code stages}).
 */
final class AssessmentLists {

  private AssessmentLists() {}

  /**
   * The chosen supervisee's assessments of {@code type}, latest first; none if nobody is chosen.
   */
  static <V extends AssessmentView> List<V> of(
      Assessments assessments, String trainee, Class<V> type) {
    UUID id = SuperviseeChoices.id(trainee);
    if (id == null) {
      return List.of();
    }
    try {
      return assessments.ofTrainee(id).stream().filter(type::isInstance).map(type::cast).toList();
    } catch (NoSuchRecord none) {
      return List.of();
    }
  }

  static void signOff(Assessments assessments, AssessmentView listed, String kind) {
    act(() -> assessments.signOff(listed.id(), listed.version()), kind, "signedOff");
  }

  static void correct(Assessments assessments, AssessmentView listed, String kind) {
    act(() -> assessments.correct(listed.id()), kind, "correcting");
  }

  static void toggleSharing(Assessments assessments, AssessmentView listed, String kind) {
    act(
        () ->
            assessments.shareWithTrainee(
                listed.id(), listed.version(), !listed.sharedWithTrainee()),
        kind,
        "sharingSwitched");
  }

  /** The fields a correction changed, for the list (a first version changed nothing). */
  static String changes(AssessmentView assessment) {
    return String.join(", ", assessment.changes());
  }

  private static void act(Runnable change, String kind, String done) {
    try {
      change.run();
      FormMessages.done(kind + "." + done);
    } catch (DomainRuleViolation refused) {
      FormMessages.refused(kind + "s", refused);
    } catch (NoSuchRecord missing) {
      FormMessages.refused(missing.getMessage());
    }
  }
}
