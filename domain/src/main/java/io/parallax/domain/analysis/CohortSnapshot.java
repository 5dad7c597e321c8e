package io.parallax.domain.analysis;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.SchoolOwned;
import io.parallax.domain.school.Cohort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A cohort's contracting figures as they stood on a day, taken nightly, so that a school can see
 * how its cohorts moved without recomputing the past. Never changed once taken.
 */
@Entity
@Table(name = "cohort_snapshot")
@NamedQuery(
    name = CohortSnapshot.OF_COHORT,
    query = "select s from CohortSnapshot s where s.cohort.id = :cohort order by s.takenOn")
@NamedQuery(
    name = CohortSnapshot.ON_DAY,
    query = "select s from CohortSnapshot s join fetch s.cohort where s.takenOn = :day")
public class CohortSnapshot extends SchoolOwned {

  /** The snapshots of the cohort with id {@code cohort}, oldest first. */
  public static final String OF_COHORT = "CohortSnapshot.ofCohort";

  /** The current school's snapshots taken on {@code day}. */
  public static final String ON_DAY = "CohortSnapshot.onDay";

  /**
   * The figures of a snapshot; shares are 0–1, scores 0–100, null where there was nothing to
   * measure. {@code stageDistribution} reads like {@code 1=3,2=5,3=1}.
   */
  public record Figures(
      int trainees,
      int clientSessions,
      Double clientScore,
      int supervisionSessions,
      Double supervisionScore,
      Double focusClear,
      Double outcomeClear,
      Double approachClear,
      Double participationClear,
      Double driftRate,
      int signalsNone,
      int signalsPossible,
      int signalsLikely,
      Double modellingEffect,
      String stageDistribution) {}

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
  private Cohort cohort;

  @Column(name = "taken_on", nullable = false, updatable = false)
  private LocalDate takenOn;

  @Column(nullable = false)
  private int trainees;

  @Column(name = "client_sessions", nullable = false)
  private int clientSessions;

  @Column(name = "client_score")
  private Double clientScore;

  @Column(name = "supervision_sessions", nullable = false)
  private int supervisionSessions;

  @Column(name = "supervision_score")
  private Double supervisionScore;

  @Column(name = "focus_clear")
  private Double focusClear;

  @Column(name = "outcome_clear")
  private Double outcomeClear;

  @Column(name = "approach_clear")
  private Double approachClear;

  @Column(name = "participation_clear")
  private Double participationClear;

  @Column(name = "drift_rate")
  private Double driftRate;

  @Column(name = "signals_none", nullable = false)
  private int signalsNone;

  @Column(name = "signals_possible", nullable = false)
  private int signalsPossible;

  @Column(name = "signals_likely", nullable = false)
  private int signalsLikely;

  @Column(name = "modelling_effect")
  private Double modellingEffect;

  @Column(name = "stage_distribution", nullable = false, length = 400)
  private String stageDistribution;

  protected CohortSnapshot() {}

  public CohortSnapshot(Cohort cohort, LocalDate takenOn, Figures figures) {
    require(cohort != null, "cohort", "cohortSnapshot.cohort");
    require(takenOn != null, "takenOn", "cohortSnapshot.takenOn");
    require(figures != null, "figures", "cohortSnapshot.figures");
    this.cohort = cohort;
    this.takenOn = takenOn;
    this.trainees = figures.trainees();
    this.clientSessions = figures.clientSessions();
    this.clientScore = figures.clientScore();
    this.supervisionSessions = figures.supervisionSessions();
    this.supervisionScore = figures.supervisionScore();
    this.focusClear = figures.focusClear();
    this.outcomeClear = figures.outcomeClear();
    this.approachClear = figures.approachClear();
    this.participationClear = figures.participationClear();
    this.driftRate = figures.driftRate();
    this.signalsNone = figures.signalsNone();
    this.signalsPossible = figures.signalsPossible();
    this.signalsLikely = figures.signalsLikely();
    this.modellingEffect = figures.modellingEffect();
    String stages = figures.stageDistribution() == null ? "" : figures.stageDistribution();
    this.stageDistribution = stages.length() > 400 ? stages.substring(0, 400) : stages;
  }

  public Cohort cohort() {
    return cohort;
  }

  public LocalDate takenOn() {
    return takenOn;
  }

  public Figures figures() {
    return new Figures(
        trainees,
        clientSessions,
        clientScore,
        supervisionSessions,
        supervisionScore,
        focusClear,
        outcomeClear,
        approachClear,
        participationClear,
        driftRate,
        signalsNone,
        signalsPossible,
        signalsLikely,
        modellingEffect,
        stageDistribution);
  }
}
