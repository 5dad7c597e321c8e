package io.parallax.demo.synthetic;

/**
 * The pattern planted in a generated trainee's history (demo school, synthetic schools).
 *
 * @param clientClear chance that an element of a client session is CLEAR, before the early-career
 *     effect and modelling
 * @param supervisionClear chance that an element of a supervision session is CLEAR
 * @param mirrored weak contracting in supervision mirrors weak contracting with clients: the
 *     supervisor names CONTRACTING and OVER_RESPONSIBILITY and records the parallel process
 * @param modelledFromDaysAgo from this many days ago the supervisor models contracting and the
 *     trainee's client contracting climbs by {@link #MODELLING_STEP} each fortnight (positive
 *     parallel process); 0 for none
 * @param monthsSinceTraining months between the end of initial training and today
 */
public record PlantedTrainee(
    String subject,
    String name,
    int monthsSinceTraining,
    String idmLevel,
    double clientClear,
    double supervisionClear,
    boolean mirrored,
    int modelledFromDaysAgo) {

  /** How much a fortnight of modelled supervision adds to the chance of a CLEAR element. */
  public static final double MODELLING_STEP = 0.1;

  /** The best a trainee's contracting gets: no one contracts perfectly every time. */
  public static final double CEILING = 0.95;

  public boolean modelledOn(int daysAgo) {
    return modelledFromDaysAgo > 0 && daysAgo < modelledFromDaysAgo;
  }

  /**
   * The chance of a CLEAR element in a client session held {@code daysAgo}: the trainee's own,
   * lowered by {@code earlyCareerPenalty} in the first 3 months after initial training (half of it
   * in months 3 to 6), raised once the supervisor models contracting.
   */
  public double clientClearOn(int daysAgo, double earlyCareerPenalty) {
    double monthsAtSession = monthsSinceTraining - daysAgo / 30.4375;
    double clear = clientClear;
    if (monthsAtSession >= 0 && monthsAtSession < 3) {
      clear -= earlyCareerPenalty;
    } else if (monthsAtSession >= 3 && monthsAtSession < 6) {
      clear -= earlyCareerPenalty / 2;
    }
    if (modelledOn(daysAgo)) {
      clear += MODELLING_STEP * (1 + (modelledFromDaysAgo - daysAgo) / 14);
    }
    return Math.max(0.05, Math.min(CEILING, clear));
  }

  /** The chance of a CLEAR element in a supervision session held {@code daysAgo}. */
  public double supervisionClearOn(int daysAgo) {
    return modelledOn(daysAgo) ? Math.max(0.75, supervisionClear) : supervisionClear;
  }
}
