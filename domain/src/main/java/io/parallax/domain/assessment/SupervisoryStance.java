package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import java.util.List;

/**
 * The supervisory stance a developmental level suggests, after the IDM: structure and encouragement
 * for the anxious, dependent beginner; support through fluctuating confidence in the middle;
 * collegial challenge for the stable, autonomous practitioner. On another scale the level's
 * relative place decides which of these applies. A suggestion the supervisor may overwrite.
 */
public final class SupervisoryStance {

  static final List<String> IDM_STANCES =
      List.of(
          "Structure and encouragement: contract each supervision explicitly and model every"
              + " element, give concrete feedback, keep confrontation low.",
          "Support through fluctuating confidence: less structure, more autonomy, gentle challenge;"
              + " name a parallel process when it shows.",
          "Collegial and consultative: follow the supervisee's agenda, challenge, invite"
              + " self-supervision.",
          "Peer consultation across domains: the supervisee leads, the supervisor offers"
              + " perspective.");

  private SupervisoryStance() {}

  /** The stance suggested for {@code level} of {@code scale}. */
  public static String suggestedFor(DevelopmentalScale scale, String level) {
    require(scale != null, "scale", "supervisoryStance.scale");
    int rank = scale.rank(scale.requireLevel(level, "level"));
    return IDM_STANCES.get(stanceIndex(rank, scale.levels().size()));
  }

  /**
   * Which of the four IDM stances a level at {@code rank} (1 for the lowest) of a scale of {@code
   * levels} levels takes: the IDM's own on a four-level scale, the lowest and highest at the ends
   * of any scale, the middle ones shared out in order.
   */
  static int stanceIndex(int rank, int levels) {
    if (levels <= 1 || rank <= 1) {
      return 0;
    }
    if (rank >= levels) {
      return IDM_STANCES.size() - 1;
    }
    return (int) Math.round((rank - 1) * (IDM_STANCES.size() - 1) / (double) (levels - 1));
  }
}
