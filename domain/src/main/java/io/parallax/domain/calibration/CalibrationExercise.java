package io.parallax.domain.calibration;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.Text;
import io.parallax.domain.assessment.RecordIds;
import io.parallax.domain.assessment.RecordIdsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A calibration round: the material every chosen supervisor grades blind on the contracting rubric,
 * and the deadline. The material is one or more of the school's practice sessions, shown anonymised
 * (never the client code, never the reflection; element ratings and evidence lines only when {@link
 * #showsRatings()}), and/or a written vignette with an optional transcript excerpt. Each session is
 * a case, the vignette the last one. The results open after the deadline day, or as soon as every
 * supervisor has graded every case; until then no supervisor sees another's grades.
 */
@Entity
@Table(name = "calibration_exercise")
@NamedQuery(
    name = CalibrationExercise.ALL,
    query = "select e from CalibrationExercise e order by e.deadline desc, e.createdAt desc")
public class CalibrationExercise extends SchoolOwned {

  /** Every exercise of the school, latest deadline first. */
  public static final String ALL = "CalibrationExercise.all";

  public static final int MAX_TITLE = 200;
  public static final int MAX_VIGNETTE = 4000;
  public static final int MAX_TRANSCRIPT = 4000;
  public static final int MIN_SUPERVISORS = 2;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private LocalDate deadline;

  @Convert(converter = RecordIdsColumn.class)
  @Column(name = "practice_sessions", nullable = false, length = RecordIdsColumn.LENGTH)
  private List<UUID> practiceSessions = List.of();

  @Column(length = MAX_VIGNETTE)
  private String vignette;

  @Column(length = MAX_TRANSCRIPT)
  private String transcript;

  @Column(name = "shows_ratings", nullable = false)
  private boolean showsRatings;

  @Convert(converter = RecordIdsColumn.class)
  @Column(nullable = false, length = RecordIdsColumn.LENGTH)
  private List<UUID> supervisors = List.of();

  protected CalibrationExercise() {}

  /**
   * A new exercise by {@code createdBy} (a Keycloak subject) on {@code today}: a title, material
   * (sessions and/or a vignette), at least {@value #MIN_SUPERVISORS} supervisors and a deadline not
   * before today.
   */
  public CalibrationExercise(
      String title,
      String createdBy,
      Instant createdAt,
      LocalDate today,
      LocalDate deadline,
      Material material,
      Collection<UUID> supervisors) {
    this.title = Text.required(title, MAX_TITLE, "title", "Give the exercise a title");
    this.createdBy = Text.required(createdBy, 64, "createdBy", "calibrationExercise.createdBy");
    require(createdAt != null, "createdAt", "calibrationExercise.createdAt");
    this.createdAt = createdAt;
    require(deadline != null, "deadline", "calibrationExercise.deadline");
    require(!deadline.isBefore(today), "deadline", "calibrationExercise.deadline.past", deadline);
    this.deadline = deadline;
    require(material != null, "material", "calibrationExercise.material");
    this.practiceSessions =
        RecordIds.of(
            material.practiceSessions(),
            "practiceSessions",
            DomainRuleViolation.phrase("calibrationExercise.practiceSessions.what"));
    this.vignette = Text.optional(material.vignette(), MAX_VIGNETTE, "vignette");
    this.transcript = Text.optional(material.transcript(), MAX_TRANSCRIPT, "transcript");
    require(
        this.transcript == null || this.vignette != null,
        "transcript",
        "calibrationExercise.transcript");
    require(
        !this.practiceSessions.isEmpty() || this.vignette != null,
        "practiceSessions",
        "calibrationExercise.practiceSessions");
    this.showsRatings = material.showRatings();
    List<UUID> chosen =
        RecordIds.of(
            supervisors,
            "supervisors",
            DomainRuleViolation.phrase("calibrationExercise.supervisors.what"));
    require(
        chosen.size() >= MIN_SUPERVISORS,
        "supervisors",
        "calibrationExercise.supervisors",
        MIN_SUPERVISORS,
        chosen.size());
    this.supervisors = chosen;
  }

  /** What is graded: the sessions (anonymised), the vignette and its transcript excerpt. */
  public record Material(
      Collection<UUID> practiceSessions, String vignette, String transcript, boolean showRatings) {}

  /** The number of cases: one per session, one for the vignette. */
  public int caseCount() {
    return practiceSessions.size() + (vignette == null ? 0 : 1);
  }

  /** Whether case {@code index} is the vignette (the last case) rather than a session. */
  public boolean isVignette(int index) {
    requireCase(index);
    return index == practiceSessions.size();
  }

  /** Fails unless {@code index} names one of the cases. */
  public void requireCase(int index) {
    require(
        index >= 0 && index < caseCount(),
        "caseIndex",
        "calibrationExercise.caseIndex",
        caseCount(),
        index + 1);
  }

  public boolean isGrader(UUID supervisor) {
    return supervisors.contains(supervisor);
  }

  /**
   * Whether the results are open on {@code today}: the deadline day has passed, or {@code graded}
   * (the number of case grades given) covers every supervisor and every case.
   */
  public boolean resultsOpen(LocalDate today, long graded) {
    return today.isAfter(deadline) || graded >= (long) supervisors.size() * caseCount();
  }

  /** Whether a supervisor may still grade on {@code today}: not after the deadline day. */
  public boolean acceptsGradesOn(LocalDate today) {
    return !today.isAfter(deadline);
  }

  public String title() {
    return title;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public List<UUID> practiceSessions() {
    return List.copyOf(practiceSessions);
  }

  public Optional<String> vignette() {
    return Optional.ofNullable(vignette);
  }

  public Optional<String> transcript() {
    return Optional.ofNullable(transcript);
  }

  public boolean showsRatings() {
    return showsRatings;
  }

  public List<UUID> supervisors() {
    return new ArrayList<>(supervisors);
  }
}
