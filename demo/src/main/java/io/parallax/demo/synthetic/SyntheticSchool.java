package io.parallax.demo.synthetic;

import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A synthetic school for the demo, the tests and the benchmark: N trainees in cohorts with their
 * clients, client sessions, supervision sessions and stage assessments, written through the domain
 * into the school bound to the caller's unit of work, with planted patterns:
 *
 * <ul>
 *   <li>a share of trainees whose weak contracting in supervision mirrors weak contracting with
 *       clients ({@code mirroredShare}; the others contract independently in both places);
 *   <li>an early-career effect: client contracting is {@code earlyCareerPenalty} weaker in the
 *       first 3 months after initial training, half that in months 3 to 6;
 *   <li>a modelling effect: for a share of trainees ({@code modelledShare}) the supervisor models
 *       contracting over the second half of the history and the trainee's client contracting climbs
 *       after each modelled session.
 * </ul>
 *
 * Deterministic for a seed. Which trainees were planted is answered, so tests can check the
 * analysis finds them. The caller owns the transaction; {@code checkpoint} runs after each trainee
 * (e.g. to flush and clear, or to commit a batch).
 */
public final class SyntheticSchool {

  /** What to generate. */
  public record Spec(
      int cohorts,
      int trainees,
      List<String> supervisorSubjects,
      int days,
      int clientGapDays,
      double mirroredShare,
      double modelledShare,
      double earlyCareerPenalty,
      long seed,
      int firstCohortTrainees) {

    /** A small school: 2 cohorts, 40 trainees, 120 days, about 30 client sessions each. */
    public static Spec small(List<String> supervisorSubjects) {
      return new Spec(2, 40, supervisorSubjects, 120, 3, 0.2, 0.3, 0.25, 2026, 0);
    }

    /**
     * The cohort of trainee number {@code t}: the first {@code firstCohortTrainees} (if any) in the
     * first cohort, the others spread evenly.
     */
    int cohortOf(int t) {
      if (firstCohortTrainees <= 0 || cohorts == 1) {
        return t % cohorts;
      }
      return t < firstCohortTrainees ? 0 : 1 + (t - firstCohortTrainees) % (cohorts - 1);
    }
  }

  /** The planted trainees, by Keycloak subject. */
  public record Planted(List<String> mirrored, List<String> modelled, List<String> plain) {}

  private final EntityManager em;
  private final Runnable checkpoint;

  public SyntheticSchool(EntityManager em, Runnable checkpoint) {
    this.em = em;
    this.checkpoint = checkpoint;
  }

  public Planted write(Spec spec, LocalDate today) {
    Random random = new Random(spec.seed());
    Program program = persist(new Program("Synthetic program", "Generated for analysis"));
    List<Cohort> cohorts = new ArrayList<>();
    for (int c = 0; c < spec.cohorts(); c++) {
      cohorts.add(
          persist(
              new Cohort(
                  program,
                  "Synthetic cohort " + (c + 1),
                  today.minusDays(spec.days()),
                  today.plusMonths(6))));
    }
    List<UUID> cohortIds = cohorts.stream().map(Cohort::id).toList();
    List<UUID> supervisorIds =
        spec.supervisorSubjects().stream().map(this::supervisor).map(Person::id).toList();
    UUID idmId = idm().id();
    SessionPlanter planter = new SessionPlanter(em, random, spec.earlyCareerPenalty());
    List<String> mirrored = new ArrayList<>();
    List<String> modelled = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    checkpoint.run();
    for (int t = 0; t < spec.trainees(); t++) {
      PlantedTrainee profile = profile(spec, t, random);
      (profile.mirrored() ? mirrored : profile.modelledFromDaysAgo() > 0 ? modelled : plain)
          .add(profile.subject());
      Person trainee = persist(person(profile.subject(), profile.name(), MemberRole.TRAINEE));
      trainee.initialTrainingEnded(
          today.minusDays(Math.round(profile.monthsSinceTraining() * 30.4375)));
      // found again for each trainee: a checkpoint may have cleared the persistence context
      Cohort cohort = em.find(Cohort.class, cohortIds.get(spec.cohortOf(t)));
      Person supervisor = em.find(Person.class, supervisorIds.get(t % supervisorIds.size()));
      DevelopmentalScale idm = em.find(DevelopmentalScale.class, idmId);
      em.persist(new Enrolment(cohort, trainee, today.minusDays(spec.days())));
      SupervisorAssignment assignment =
          persist(
              new SupervisorAssignment(supervisor, trainee, today.minusDays(spec.days()), null));
      planter.clientSessions(
          profile, trainee, planter.clients(trainee), today, spec.days(), spec.clientGapDays());
      planter.supervisionSessions(profile, assignment, today, spec.days());
      stages(profile, assignment, idm, today, spec.days());
      checkpoint.run();
    }
    return new Planted(mirrored, modelled, plain);
  }

  /**
   * Signed-off contracting assessments citing the generated sessions, with the supervisors' planted
   * offsets (see {@link GradingPlanter}); call after {@link #write}. Answers how many.
   */
  public int gradeContracting(GradingPlanter.Spec grading, LocalDate today, int days) {
    return new GradingPlanter(em).grade(grading, today, days);
  }

  private PlantedTrainee profile(Spec spec, int t, Random random) {
    String subject = "syn-trainee-" + (t + 1);
    String name = "Trainee " + (t + 1);
    int months = random.nextInt(48);
    String level = months < 6 ? "1" : months < 24 ? "2" : months < 40 ? "3" : "3i";
    double roll = random.nextDouble();
    if (roll < spec.mirroredShare()) {
      return new PlantedTrainee(subject, name, months, level, 0.25, 0.25, true, 0);
    }
    double client = 0.6 + 0.35 * random.nextDouble();
    double supervision = 0.6 + 0.35 * random.nextDouble();
    int modelledFrom = roll < spec.mirroredShare() + spec.modelledShare() ? spec.days() / 2 : 0;
    if (modelledFrom > 0) {
      client = 0.35 + 0.15 * random.nextDouble();
    }
    return new PlantedTrainee(
        subject, name, months, level, client, supervision, false, modelledFrom);
  }

  private void stages(
      PlantedTrainee profile,
      SupervisorAssignment assignment,
      DevelopmentalScale idm,
      LocalDate today,
      int days) {
    int rank = idm.rank(profile.idmLevel());
    if (rank > 1 && days > 60) {
      stage(assignment, idm, today.minusDays(days - 10), idm.levels().get(rank - 2), rank - 1);
    }
    stage(assignment, idm, today.minusDays(Math.min(20, days - 1)), profile.idmLevel(), rank);
  }

  private void stage(
      SupervisorAssignment assignment,
      DevelopmentalScale idm,
      LocalDate on,
      String level,
      int rank) {
    int autonomy = Math.min(5, 1 + rank);
    StageAssessment stage =
        new StageAssessment(
            assignment,
            on,
            idm,
            DevelopmentDomain.CONTRACTING,
            level,
            StageSubScores.of(Math.min(5, autonomy + 1), 4, autonomy),
            "Generated from the synthetic history.");
    stage.shareWithTrainee(true);
    stage.signOff(Instant.now());
    em.persist(stage);
  }

  private Person supervisor(String subject) {
    return em.createNamedQuery(Person.BY_SUBJECT, Person.class)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> persist(person(subject, "Supervisor " + subject, MemberRole.SUPERVISOR)));
  }

  private DevelopmentalScale idm() {
    return em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> persist(DevelopmentalScale.idm()));
  }

  private static Person person(String subject, String name, MemberRole role) {
    return new Person(subject, name, subject + "@synthetic.parallax.invalid", Set.of(role));
  }

  private <T> T persist(T record) {
    em.persist(record);
    return record;
  }
}
