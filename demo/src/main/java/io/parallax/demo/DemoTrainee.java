package io.parallax.demo;

import io.parallax.demo.synthetic.PlantedTrainee;
import java.util.List;

/**
 * One trainee of the demo school and the pattern planted in their history.
 *
 * @param clientClear chance that an element of a client session is CLEAR
 * @param supervisionClear chance that an element of a supervision session is CLEAR
 * @param mirrored weak contracting in supervision mirrors weak contracting with clients
 * @param modelledFromDaysAgo from this many days ago the supervisor models contracting and the
 *     trainee's client contracting improves (positive parallel process); 0 for none
 */
record DemoTrainee(
    String name,
    int cohort,
    int supervisor,
    int monthsSinceTraining,
    String idmLevel,
    double clientClear,
    double supervisionClear,
    boolean mirrored,
    int modelledFromDaysAgo) {

  static final List<DemoTrainee> ALL =
      List.of(
          new DemoTrainee("Ada Quinn", 0, 0, 2, "1", 0.25, 0.25, true, 0),
          new DemoTrainee("Ben Okafor", 0, 1, 10, "2", 0.6, 0.6, false, 0),
          new DemoTrainee("Chloe Martin", 0, 2, 1, "1", 0.3, 0.3, true, 0),
          new DemoTrainee("Dev Patel", 0, 0, 30, "3", 0.9, 0.85, false, 0),
          new DemoTrainee("Elif Demir", 0, 1, 8, "2", 0.3, 0.35, false, 60),
          new DemoTrainee("Finn Larsen", 0, 2, 14, "2", 0.65, 0.7, false, 0),
          new DemoTrainee("Grace Liu", 1, 0, 3, "1", 0.45, 0.5, false, 0),
          new DemoTrainee("Hugo Silva", 1, 1, 26, "3", 0.85, 0.8, false, 0),
          new DemoTrainee("Isla Brown", 1, 2, 0, "1", 0.2, 0.25, true, 0),
          new DemoTrainee("Jonas Weber", 1, 0, 18, "2", 0.7, 0.6, false, 0),
          new DemoTrainee("Kemi Adeyemi", 1, 1, 40, "3i", 0.95, 0.9, false, 0),
          new DemoTrainee("Luis Romero", 1, 2, 6, "2", 0.55, 0.5, false, 0));

  /** The Keycloak subject the demo uses for this trainee, e.g. {@code demo-ada-quinn}. */
  String subject() {
    return "demo-" + name.toLowerCase().replace(' ', '-');
  }

  /** The pattern planted in this trainee's sessions. */
  PlantedTrainee planted() {
    return new PlantedTrainee(
        subject(),
        name,
        monthsSinceTraining,
        idmLevel,
        clientClear,
        supervisionClear,
        mirrored,
        modelledFromDaysAgo);
  }
}
