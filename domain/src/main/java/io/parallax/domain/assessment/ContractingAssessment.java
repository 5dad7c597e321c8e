package io.parallax.domain.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Text;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A supervisor's grade of a trainee's contracting skill: 1 to 5 for each of the four elements
 * (focus, outcome, approach, participation). The rubric anchors of each grade are the ICF PCC
 * markers of the element ({@link ContractingElement#pccMarkers()}); the evidence is the trainee's
 * practice sessions the supervisor graded from. Signed off, then immutable: see {@link Assessment}.
 */
@Entity
@Table(name = "contracting_assessment")
@NamedQuery(
    name = ContractingAssessment.CURRENT_OF_TRAINEE,
    query =
        "select a from ContractingAssessment a where a.trainee = :trainee and not exists"
            + " (select n from ContractingAssessment n where n.previousVersion = a)"
            + " order by a.assessedOn desc")
@NamedQuery(
    name = ContractingAssessment.SIGNED_OFF_OF_TRAINEES,
    query =
        "select a from ContractingAssessment a where a.trainee in :trainees"
            + " and a.signedOffAt is not null")
public class ContractingAssessment extends Assessment {

  /** The latest version of each of {@code trainee}'s contracting assessments, latest first. */
  public static final String CURRENT_OF_TRAINEE = "ContractingAssessment.currentOfTrainee";

  /** Every signed-off version of the assessments of {@code trainees}: what locks its evidence. */
  public static final String SIGNED_OFF_OF_TRAINEES = "ContractingAssessment.signedOffOfTrainees";

  public static final int MIN_GRADE = 1;
  public static final int MAX_GRADE = 5;
  public static final int MAX_COMMENT = 2000;

  @Column(name = "focus_grade", nullable = false)
  private int focusGrade;

  @Column(name = "outcome_grade", nullable = false)
  private int outcomeGrade;

  @Column(name = "approach_grade", nullable = false)
  private int approachGrade;

  @Column(name = "participation_grade", nullable = false)
  private int participationGrade;

  @Convert(converter = RecordIdsColumn.class)
  @Column(name = "evidence_sessions", nullable = false, length = RecordIdsColumn.LENGTH)
  private List<UUID> evidenceSessions = List.of();

  @Column(length = MAX_COMMENT)
  private String comment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_version_id", updatable = false)
  private ContractingAssessment previousVersion;

  protected ContractingAssessment() {}

  /**
   * A first assessment by the assignment's supervisor of its trainee, graded 1 to 5 per element.
   */
  public ContractingAssessment(
      SupervisorAssignment assignment,
      LocalDate assessedOn,
      int focus,
      int outcome,
      int approach,
      int participation) {
    super(assignment, assessedOn);
    grade(ContractingElement.FOCUS, focus);
    grade(ContractingElement.OUTCOME, outcome);
    grade(ContractingElement.APPROACH, approach);
    grade(ContractingElement.PARTICIPATION, participation);
  }

  private ContractingAssessment(ContractingAssessment previous) {
    super(previous);
    this.focusGrade = previous.focusGrade;
    this.outcomeGrade = previous.outcomeGrade;
    this.approachGrade = previous.approachGrade;
    this.participationGrade = previous.participationGrade;
    this.evidenceSessions = previous.evidenceSessions;
    this.comment = previous.comment;
    this.previousVersion = previous;
  }

  /** A correction of this signed-off assessment: the next version, unsigned, with its values. */
  public ContractingAssessment newVersion() {
    return new ContractingAssessment(this);
  }

  /** Grades one element 1 to 5 against its PCC markers. */
  public void grade(ContractingElement element, int grade) {
    requireUnsigned();
    require(element != null, "element", "contractingAssessment.element");
    String field = element.name().toLowerCase() + "Grade";
    require(
        grade >= MIN_GRADE && grade <= MAX_GRADE,
        field,
        "contractingAssessment.rule",
        DomainRuleViolation.phrase("element." + element.name()),
        MIN_GRADE,
        MAX_GRADE,
        element.pccMarkers(),
        grade);
    switch (element) {
      case FOCUS -> focusGrade = grade;
      case OUTCOME -> outcomeGrade = grade;
      case APPROACH -> approachGrade = grade;
      case PARTICIPATION -> participationGrade = grade;
    }
  }

  /** The trainee's practice sessions the grades rest on (at most 50); none clears them. */
  public void citeEvidence(Collection<UUID> practiceSessions) {
    requireUnsigned();
    this.evidenceSessions =
        RecordIds.of(
            practiceSessions,
            "evidenceSessions",
            DomainRuleViolation.phrase("contractingAssessment.evidenceSessions.what"));
  }

  /** The supervisor's comment to the trainee (at most 2000 characters); blank clears it. */
  public void comment(String text) {
    requireUnsigned();
    this.comment = Text.optional(text, MAX_COMMENT, "comment");
  }

  public int grade(ContractingElement element) {
    return switch (element) {
      case FOCUS -> focusGrade;
      case OUTCOME -> outcomeGrade;
      case APPROACH -> approachGrade;
      case PARTICIPATION -> participationGrade;
    };
  }

  /**
   * The fields in which this version differs from {@code previous} (e.g. {@code focusGrade}, {@code
   * comment}), to show what a correction changed.
   */
  public List<String> changesFrom(ContractingAssessment previous) {
    List<String> changes = commonChangesFrom(previous);
    for (ContractingElement element : ContractingElement.values()) {
      if (grade(element) != previous.grade(element)) {
        changes.add(element.name().toLowerCase() + "Grade");
      }
    }
    if (!evidenceSessions.equals(previous.evidenceSessions())) {
      changes.add("evidenceSessions");
    }
    if (!Objects.equals(comment, previous.comment().orElse(null))) {
      changes.add("comment");
    }
    return changes;
  }

  public List<UUID> evidenceSessions() {
    return List.copyOf(evidenceSessions);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The version this one corrects; empty for a first version. */
  public Optional<ContractingAssessment> previousVersion() {
    return Optional.ofNullable(previousVersion);
  }
}
