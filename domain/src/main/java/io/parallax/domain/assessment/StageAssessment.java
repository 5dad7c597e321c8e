package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a supervisor places a trainee on the school's developmental scale for one domain, with the
 * three IDM sub-scores, why, and the supervisory stance the level suggests (e.g. structure and
 * encouragement at IDM level 1, challenge and autonomy at level 3). Signed off, then immutable: see
 * {@link Assessment}.
 */
@Entity
@Table(name = "stage_assessment")
@NamedQuery(
    name = StageAssessment.CURRENT_OF_TRAINEE,
    query =
        "select a from StageAssessment a join fetch a.scale where a.trainee = :trainee and not"
            + " exists (select n from StageAssessment n where n.previousVersion = a)"
            + " order by a.assessedOn desc")
public class StageAssessment extends Assessment {

  /** The latest version of each of {@code trainee}'s stage assessments, latest first. */
  public static final String CURRENT_OF_TRAINEE = "StageAssessment.currentOfTrainee";

  public static final int MAX_RATIONALE = 2000;
  public static final int MAX_STANCE = 1000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scale_id", nullable = false, updatable = false)
  private DevelopmentalScale scale;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DevelopmentDomain domain;

  @Column(nullable = false, length = DevelopmentalScale.LEVEL_LENGTH)
  private String level;

  @Embedded private StageSubScores subScores;

  @Column(nullable = false, length = MAX_RATIONALE)
  private String rationale;

  @Column(name = "suggested_stance", length = MAX_STANCE)
  private String suggestedStance;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_version_id", updatable = false)
  private StageAssessment previousVersion;

  protected StageAssessment() {}

  /**
   * A first assessment of the assignment's trainee in {@code domain}, at a level of {@code scale}.
   */
  public StageAssessment(
      SupervisorAssignment assignment,
      LocalDate assessedOn,
      DevelopmentalScale scale,
      DevelopmentDomain domain,
      String level,
      StageSubScores subScores,
      String rationale) {
    super(assignment, assessedOn);
    require(scale != null, "scale", "stageAssessment.scale");
    this.scale = scale;
    place(domain, level);
    score(subScores);
    explain(rationale);
  }

  private StageAssessment(StageAssessment previous) {
    super(previous);
    this.scale = previous.scale;
    this.domain = previous.domain;
    this.level = previous.level;
    this.subScores = previous.subScores.copy();
    this.rationale = previous.rationale;
    this.suggestedStance = previous.suggestedStance;
    this.previousVersion = previous;
  }

  /** A correction of this signed-off assessment: the next version, unsigned, with its values. */
  public StageAssessment newVersion() {
    return new StageAssessment(this);
  }

  /** Places the trainee at {@code level} of the scale in {@code domain}. */
  public void place(DevelopmentDomain domain, String level) {
    requireUnsigned();
    require(domain != null, "domain", "stageAssessment.domain");
    this.level = scale.requireLevel(level, "level");
    this.domain = domain;
  }

  /** The self/other awareness, motivation and autonomy scores, 1 to 5 each. */
  public void score(StageSubScores subScores) {
    requireUnsigned();
    require(subScores != null, "subScores", "stageAssessment.subScores");
    this.subScores = subScores;
  }

  /** Why the trainee is at this level: what the supervisor saw (at most 2000 characters). */
  public void explain(String rationale) {
    requireUnsigned();
    this.rationale =
        Text.required(rationale, MAX_RATIONALE, "rationale", "stageAssessment.rule.missing");
  }

  /** The stance the supervisor suggests for this level (at most 1000 characters); blank clears. */
  public void suggestStance(String stance) {
    requireUnsigned();
    this.suggestedStance = Text.optional(stance, MAX_STANCE, "suggestedStance");
  }

  /** The fields in which this version differs from {@code previous}, to show what changed. */
  public List<String> changesFrom(StageAssessment previous) {
    List<String> changes = commonChangesFrom(previous);
    if (domain != previous.domain()) {
      changes.add("domain");
    }
    if (!level.equals(previous.level())) {
      changes.add("level");
    }
    if (!subScores.equals(previous.subScores())) {
      changes.add("subScores");
    }
    if (!rationale.equals(previous.rationale())) {
      changes.add("rationale");
    }
    if (!Objects.equals(suggestedStance, previous.suggestedStance().orElse(null))) {
      changes.add("suggestedStance");
    }
    return changes;
  }

  /** The level's place on the scale, 1 for the lowest. */
  public int rank() {
    return scale.rank(level);
  }

  public DevelopmentalScale scale() {
    return scale;
  }

  public DevelopmentDomain domain() {
    return domain;
  }

  public String level() {
    return level;
  }

  public StageSubScores subScores() {
    return subScores;
  }

  public String rationale() {
    return rationale;
  }

  public Optional<String> suggestedStance() {
    return Optional.ofNullable(suggestedStance);
  }

  /** The version this one corrects; empty for a first version. */
  public Optional<StageAssessment> previousVersion() {
    return Optional.ofNullable(previousVersion);
  }
}
