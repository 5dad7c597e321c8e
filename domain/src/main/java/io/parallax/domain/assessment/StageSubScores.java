package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.phrase;
import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The three structures through which the Integrated Developmental Model tracks a trainee's growth,
 * each scored 1 to 5: self and other awareness (from self-focus to empathy with the client and
 * awareness of oneself in the work), motivation (from anxious eagerness through fluctuation to
 * stable commitment), and autonomy (from dependence on the supervisor to self-directed practice).
 */
@Embeddable
public class StageSubScores {

  public static final int MIN = 1;
  public static final int MAX = 5;

  @Column(nullable = false)
  private int awareness;

  @Column(nullable = false)
  private int motivation;

  @Column(nullable = false)
  private int autonomy;

  protected StageSubScores() {}

  private StageSubScores(int awareness, int motivation, int autonomy) {
    this.awareness = score(awareness, "awareness", phrase("stageSubScores.awareness.what"));
    this.motivation = score(motivation, "motivation", phrase("stageSubScores.motivation.what"));
    this.autonomy = score(autonomy, "autonomy", phrase("stageSubScores.autonomy.what"));
  }

  public static StageSubScores of(int awareness, int motivation, int autonomy) {
    return new StageSubScores(awareness, motivation, autonomy);
  }

  private static int score(int value, String field, DomainRuleViolation.Phrase what) {
    require(value >= MIN && value <= MAX, field, "stageSubScores.rule", what, MIN, MAX, value);
    return value;
  }

  /** An equal copy: an embedded value belongs to one record only. */
  StageSubScores copy() {
    return of(awareness, motivation, autonomy);
  }

  public int awareness() {
    return awareness;
  }

  public int motivation() {
    return motivation;
  }

  public int autonomy() {
    return autonomy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StageSubScores that
        && awareness == that.awareness
        && motivation == that.motivation
        && autonomy == that.autonomy;
  }

  @Override
  public int hashCode() {
    return (awareness * 31 + motivation) * 31 + autonomy;
  }
}
