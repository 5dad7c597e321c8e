package io.parallax.ejb.assessment;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.assessment.Assessment;
import io.parallax.domain.assessment.ContractingAssessment;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.assessment.SupervisoryStance;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.practice.PracticeSession;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.SupervisionSession;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Assessments of trainees by their supervisors. A supervisor grades and places only a trainee
 * assigned to them on the assessment's date, and only they revise, share, sign off and correct what
 * they made. A trainee reads what was signed off and shared with them; a school admin reads every
 * assessment of the school.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class Assessments {

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @Inject Caller caller;
  @Inject AssessmentHistory history;
  @Resource SessionContext context;

  @RolesAllowed(Roles.SUPERVISOR)
  public ContractingAssessmentView gradeContracting(
      UUID traineeId,
      LocalDate assessedOn,
      int focus,
      int outcome,
      int approach,
      int participation,
      Collection<UUID> evidenceSessionIds,
      String comment) {
    Person trainee = trainee(traineeId);
    ContractingAssessment assessment =
        new ContractingAssessment(
            covering(trainee, assessedOn), assessedOn, focus, outcome, approach, participation);
    cite(assessment, evidenceSessionIds);
    assessment.comment(comment);
    em.persist(assessment);
    return ContractingAssessmentView.of(assessment);
  }

  /** Places the trainee on the school's default scale (IDM unless the school picked another). */
  @RolesAllowed(Roles.SUPERVISOR)
  public StageAssessmentView assessStage(
      UUID traineeId,
      LocalDate assessedOn,
      DevelopmentDomain domain,
      String level,
      int awareness,
      int motivation,
      int autonomy,
      String rationale,
      String stance) {
    Person trainee = trainee(traineeId);
    StageAssessment assessment =
        new StageAssessment(
            covering(trainee, assessedOn),
            assessedOn,
            defaultScale(),
            domain,
            level,
            StageSubScores.of(awareness, motivation, autonomy),
            rationale);
    assessment.suggestStance(stance);
    em.persist(assessment);
    return StageAssessmentView.of(assessment);
  }

  /** Revises an unsigned contracting assessment: grades, evidence and comment. */
  @RolesAllowed(Roles.SUPERVISOR)
  public ContractingAssessmentView regradeContracting(
      UUID id,
      long versionRead,
      int focus,
      int outcome,
      int approach,
      int participation,
      Collection<UUID> evidenceSessionIds,
      String comment) {
    ContractingAssessment assessment = mine(id, versionRead, ContractingAssessment.class);
    assessment.grade(ContractingElement.FOCUS, focus);
    assessment.grade(ContractingElement.OUTCOME, outcome);
    assessment.grade(ContractingElement.APPROACH, approach);
    assessment.grade(ContractingElement.PARTICIPATION, participation);
    cite(assessment, evidenceSessionIds);
    assessment.comment(comment);
    em.flush();
    return ContractingAssessmentView.of(assessment);
  }

  /** Revises an unsigned stage assessment, on the scale it was made on. */
  @RolesAllowed(Roles.SUPERVISOR)
  public StageAssessmentView reassessStage(
      UUID id,
      long versionRead,
      DevelopmentDomain domain,
      String level,
      int awareness,
      int motivation,
      int autonomy,
      String rationale,
      String stance) {
    StageAssessment assessment = mine(id, versionRead, StageAssessment.class);
    assessment.place(domain, level);
    assessment.score(StageSubScores.of(awareness, motivation, autonomy));
    assessment.explain(rationale);
    assessment.suggestStance(stance);
    em.flush();
    return StageAssessmentView.of(assessment);
  }

  /** Lets the trainee read the assessment once it is signed off. */
  @RolesAllowed(Roles.SUPERVISOR)
  public AssessmentView share(UUID id, long versionRead) {
    return shareWithTrainee(id, versionRead, true);
  }

  /**
   * Switches whether the trainee reads the assessment once it is signed off. Sharing is not part of
   * what was assessed, so it can be switched after the sign-off too, on any version: it never
   * creates a new version, and a correction does not list it among its changes. Whatever is shared,
   * the trainee reads only signed-off versions.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public AssessmentView shareWithTrainee(UUID id, long versionRead, boolean shared) {
    Assessment assessment = mine(id, versionRead, Assessment.class);
    assessment.shareWithTrainee(shared);
    em.flush();
    return view(assessment);
  }

  /**
   * One assessment, any version. Its supervisor reads it always; another supervisor of the trainee
   * (ever assigned) once it is signed off; a school admin always; the trainee only once it is
   * signed off and shared with them. Everyone else: no such record.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.SCHOOL_ADMIN, Roles.TRAINEE})
  public AssessmentView read(UUID id) {
    Assessment assessment = history.find(id);
    if (assessment == null || !readable(assessment)) {
      throw new NoSuchRecord("assessment");
    }
    return view(assessment);
  }

  /**
   * The versions of an assessment up to the one {@code id} names, oldest first (v1, its correction
   * v2, …), each with what it changed from the version before: the history a correction must not
   * hide. Only the versions the caller may read (as {@link #read}) are listed; none at all is no
   * such record.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.SCHOOL_ADMIN, Roles.TRAINEE})
  public List<AssessmentView> versionsOf(UUID id) {
    Assessment assessment = history.find(id);
    if (assessment == null || !readable(assessment)) {
      throw new NoSuchRecord("assessment");
    }
    return history.versions(assessment).stream()
        .filter(this::readable)
        .map(Assessments::view)
        .toList();
  }

  /**
   * The school's default developmental scale: its name, its levels lowest first, and the
   * supervisory stance each level suggests ({@link SupervisoryStance}), in the same order.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.SCHOOL_ADMIN, Roles.TRAINEE})
  public ScaleView defaultScaleLevels() {
    DevelopmentalScale scale = defaultScale();
    return new ScaleView(
        scale.name(),
        scale.kind().name(),
        scale.levels(),
        scale.levels().stream()
            .map(level -> SupervisoryStance.suggestedFor(scale, level))
            .toList());
  }

  /** A developmental scale as the UI offers it. */
  public record ScaleView(
      String name, String kind, List<String> levels, List<String> suggestedStances)
      implements Serializable {}

  private boolean readable(Assessment assessment) {
    if (context.isCallerInRole(Roles.SCHOOL_ADMIN) || madeByCaller(assessment)) {
      return true;
    }
    if (context.isCallerInRole(Roles.SUPERVISOR)
        && assessment.isSignedOff()
        && history.everAssigned(caller.requireMember(), assessment.trainee())) {
      return true;
    }
    return context.isCallerInRole(Roles.TRAINEE)
        && assessment.trainee().subject().equals(caller.subject())
        && assessment.isSignedOff()
        && assessment.isSharedWithTrainee();
  }

  /** Signs the assessment off: from then on it never changes. */
  @RolesAllowed(Roles.SUPERVISOR)
  public AssessmentView signOff(UUID id, long versionRead) {
    Assessment assessment = mine(id, versionRead, Assessment.class);
    assessment.signOff(Instant.now());
    em.flush();
    return view(assessment);
  }

  /** Starts a correction of a signed-off assessment: its next version, unsigned, linked to it. */
  @RolesAllowed(Roles.SUPERVISOR)
  public AssessmentView correct(UUID id) {
    Assessment previous = mine(id, null, Assessment.class);
    require(!history.isCorrected(previous), "version", "assessments.version");
    Assessment next =
        previous instanceof ContractingAssessment contracting
            ? contracting.newVersion()
            : ((StageAssessment) previous).newVersion();
    em.persist(next);
    return view(next);
  }

  /**
   * The caller's assessments signed off and shared with them, latest first: of each assessment its
   * latest signed-off version (a correction still being drafted does not hide the signed-off one).
   */
  @RolesAllowed(Roles.TRAINEE)
  public List<AssessmentView> sharedWithMe() {
    return history.current(caller.requireMember()).stream()
        .flatMap(a -> history.latestSignedOff(a).stream())
        .filter(Assessment::isSharedWithTrainee)
        .map(Assessments::view)
        .sorted(latestFirst())
        .toList();
  }

  /**
   * The current version of each of the trainee's assessments, latest first. A school admin reads
   * them all; a supervisor reads those of a trainee ever assigned to them, but another supervisor's
   * only once signed off.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.SCHOOL_ADMIN})
  public List<AssessmentView> ofTrainee(UUID traineeId) {
    Person trainee = trainee(traineeId);
    Predicate<Assessment> visible = a -> true;
    if (!context.isCallerInRole(Roles.SCHOOL_ADMIN)) {
      if (!history.everAssigned(caller.requireMember(), trainee)) {
        throw new NoSuchRecord("trainee");
      }
      visible = a -> a.isSignedOff() || madeByCaller(a);
    }
    return history.current(trainee).stream()
        .filter(visible)
        .map(Assessments::view)
        .sorted(latestFirst())
        .toList();
  }

  /**
   * One page of the current versions of the trainee's assessments of one kind ({@code
   * ContractingAssessment} or {@code StageAssessment}), latest first, visible as in {@link
   * #ofTrainee}: chosen, ordered and cut in the database.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.SCHOOL_ADMIN})
  public Slice<AssessmentView> pageOfTrainee(
      UUID traineeId, Class<? extends Assessment> kind, Listing listing) {
    Person trainee = trainee(traineeId);
    boolean everyone = context.isCallerInRole(Roles.SCHOOL_ADMIN);
    if (!everyone && !history.everAssigned(caller.requireMember(), trainee)) {
      throw new NoSuchRecord("trainee");
    }
    String entity = kind.getSimpleName();
    TypedQuery<? extends Assessment> query =
        em.createQuery(
                "select a from "
                    + entity
                    + " a where a.trainee = :trainee and not exists (select n from "
                    + entity
                    + " n where n.previousVersion = a)"
                    + (everyone ? "" : " and (a.signedOffAt is not null or a.supervisor = :me)")
                    + " order by a.assessedOn desc, a.id",
                kind)
            .setParameter("trainee", trainee);
    if (!everyone) {
      query.setParameter("me", caller.requireMember());
    }
    return Slice.of(query, listing, Assessments::view);
  }

  private Person trainee(UUID traineeId) {
    Person trainee = traineeId == null ? null : em.find(Person.class, traineeId);
    if (trainee == null) {
      throw new NoSuchRecord("trainee");
    }
    return trainee;
  }

  private SupervisorAssignment covering(Person trainee, LocalDate assessedOn) {
    calendar.requireNotAfterToday(
        assessedOn, "assessedOn", DomainRuleViolation.phrase("assessments.assessedOn.what"));
    return em.createNamedQuery(SupervisorAssignment.COVERING, SupervisorAssignment.class)
        .setParameter("supervisor", caller.requireMember())
        .setParameter("trainee", trainee)
        .setParameter("date", assessedOn)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "assessedOn", "assessments.assessedOn", trainee.displayName(), assessedOn));
  }

  /**
   * Cites the evidence, each one a (not deleted) practice session of the assessed trainee or a (not
   * deleted) supervision session they took part in; once signed off, the citation locks the
   * supervision session.
   */
  private void cite(ContractingAssessment assessment, Collection<UUID> sessionIds) {
    assessment.citeEvidence(sessionIds);
    for (UUID id : assessment.evidenceSessions()) {
      PracticeSession session = em.find(PracticeSession.class, id);
      SupervisionSession supervision =
          session == null ? em.find(SupervisionSession.class, id) : null;
      require(
          session != null
                  && !session.isDeleted()
                  && session.trainee().id().equals(assessment.trainee().id())
              || supervision != null
                  && !supervision.isDeleted()
                  && supervision.tookPart(assessment.trainee()),
          "evidenceSessions",
          "assessments.evidenceSessions",
          assessment.trainee().displayName());
    }
  }

  private DevelopmentalScale defaultScale() {
    return em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
        .getResultStream()
        .filter(DevelopmentalScale::isSchoolDefault)
        .findFirst()
        .orElseGet(
            () -> {
              DevelopmentalScale idm = DevelopmentalScale.idm();
              em.persist(idm);
              return idm;
            });
  }

  /** The caller's own assessment of {@code type}, at {@code versionRead} unless that is null. */
  private <A extends Assessment> A mine(UUID id, Long versionRead, Class<A> type) {
    Assessment assessment = history.find(id);
    if (!type.isInstance(assessment) || !madeByCaller(assessment)) {
      throw new NoSuchRecord("assessment");
    }
    if (versionRead != null) {
      assessment.requireVersion(versionRead);
    }
    return type.cast(assessment);
  }

  private boolean madeByCaller(Assessment assessment) {
    return assessment.supervisor().subject().equals(caller.subject());
  }

  static AssessmentView view(Assessment assessment) {
    return assessment instanceof ContractingAssessment contracting
        ? ContractingAssessmentView.of(contracting)
        : StageAssessmentView.of((StageAssessment) assessment);
  }

  private static Comparator<AssessmentView> latestFirst() {
    return Comparator.comparing(AssessmentView::assessedOn).reversed();
  }
}
