package io.parallax.ejb.calibration;

import io.parallax.domain.calibration.CalibrationExercise;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.ejb.calibration.ExerciseViews.CaseMaterial;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The anonymised view of a case. Of a practice session only what bears on contracting: its length,
 * drift markers and re-contracting count, and the element ratings and evidence lines when the
 * exercise shows them. Never the trainee, the client (code or contract), the date or the
 * reflection.
 */
final class CaseMaterials {

  private CaseMaterials() {}

  static CaseMaterial ofSession(int index, PracticeSession session, boolean showRatings) {
    if (session == null || session.isDeleted()) {
      // removed since the exercise was made: the case stays, empty, so indices keep their meaning
      return new CaseMaterial(
          index,
          false,
          null,
          EnumSet.noneOf(DriftMarker.class),
          null,
          Map.of(),
          Map.of(),
          null,
          null);
    }
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    Map<ContractingElement, String> evidence = new EnumMap<>(ContractingElement.class);
    if (showRatings) {
      for (ContractingElement element : ContractingElement.values()) {
        ratings.put(element, session.ratings().rating(element));
        String line = session.ratings().evidence(element);
        if (line != null) {
          evidence.put(element, line);
        }
      }
    }
    return new CaseMaterial(
        index,
        false,
        session.minutes(),
        markers(session),
        session.recontractingCount(),
        ratings,
        evidence,
        null,
        null);
  }

  static CaseMaterial ofVignette(int index, CalibrationExercise exercise) {
    return new CaseMaterial(
        index,
        true,
        null,
        EnumSet.noneOf(DriftMarker.class),
        null,
        Map.of(),
        Map.of(),
        exercise.vignette().orElse(null),
        exercise.transcript().orElse(null));
  }

  private static Set<DriftMarker> markers(PracticeSession session) {
    Set<DriftMarker> markers = EnumSet.noneOf(DriftMarker.class);
    markers.addAll(session.driftMarkers());
    return markers;
  }
}
