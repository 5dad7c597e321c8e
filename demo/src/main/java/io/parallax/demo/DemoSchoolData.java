package io.parallax.demo;

import io.parallax.demo.synthetic.GradingPlanter;
import io.parallax.demo.synthetic.SessionPlanter;
import io.parallax.domain.accreditation.AccreditationStandard;
import io.parallax.domain.accreditation.AccreditationTrack;
import io.parallax.domain.accreditation.CpdEntry;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.MentorCoaching;
import io.parallax.domain.assessment.DevelopmentDomain;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.assessment.StageAssessment;
import io.parallax.domain.assessment.StageSubScores;
import io.parallax.domain.practice.Client;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.Schools;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo school's records, written in one transaction (all or none): two cohorts, three
 * supervisors, the twelve {@link DemoTrainee}s with four months of client and supervision sessions
 * carrying their planted patterns, and a signed-off, shared IDM stage for each with the history
 * before it ({@link DemoAssessmentHistory}: an earlier stage and contracting grades), and
 * fortnightly signed-off contracting grades citing the sessions, where Tom Becker grades leniently
 * and Priya Nair severely ({@link GradingPlanter}), so grading consistency shows both.
 * Deterministic: the same seed gives the same school.
 */
@Stateless
public class DemoSchoolData {

  private static final int DAYS = 120;

  @EJB Schools schools;
  @EJB SchoolDefaults schoolDefaults;
  @PersistenceContext EntityManager em;

  private final Random random = new Random(2026);

  /** The trainee portal's extras draw from their own sequence, so the planted patterns stay put. */
  private final Random portal = new Random(6);

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void write(String schoolId, LocalDate today) {
    schools.register(schoolId, "Demo Coaching School");
    Program icf = persist(new Program("ICF Level 2", "ICF accredited coach training, PCC track"));
    Program emcc = persist(new Program("EMCC Practitioner", "EMCC Global Practitioner level"));
    icf.leadTo(persist(AccreditationTrack.copyOf(standard("ICF_PCC"), null)));
    emcc.leadTo(persist(AccreditationTrack.copyOf(standard("EMCC_EIA_PRACTITIONER"), null)));
    List<Cohort> cohortsOfSchool =
        List.of(
            cohort(icf, "ICF Level 2 – Autumn cohort", today.minusMonths(5), today.plusMonths(4)),
            cohort(
                emcc,
                "EMCC Practitioner – Spring cohort",
                today.minusMonths(5),
                today.plusMonths(9)));
    persist(person("demo-admin", "Alex Morgan", MemberRole.SCHOOL_ADMIN));
    List<Person> supervisors =
        List.of(
            persist(person("demo-sam-rivera", "Sam Rivera", MemberRole.SUPERVISOR)),
            persist(person("demo-priya-nair", "Priya Nair", MemberRole.SUPERVISOR)),
            persist(person("demo-tom-becker", "Tom Becker", MemberRole.SUPERVISOR)));
    schoolDefaults.seed();
    DevelopmentalScale idm =
        em.createNamedQuery(DevelopmentalScale.ALL, DevelopmentalScale.class)
            .getResultList()
            .get(0);
    for (DemoTrainee profile : DemoTrainee.ALL) {
      Person trainee = persist(person(profile.subject(), profile.name(), MemberRole.TRAINEE));
      trainee.initialTrainingEnded(today.minusMonths(profile.monthsSinceTraining()));
      em.persist(
          new Enrolment(cohortsOfSchool.get(profile.cohort()), trainee, today.minusDays(DAYS)));
      hoursBeyondSessions(trainee, today);
      SupervisorAssignment assignment =
          persist(
              new SupervisorAssignment(
                  supervisors.get(profile.supervisor()), trainee, today.minusDays(DAYS), null));
      SessionPlanter planter = new SessionPlanter(em, random, 0);
      List<Client> clients = planter.clients(trainee);
      planter.clientSessions(
          profile.planted(),
          trainee,
          clients,
          today,
          DAYS,
          3,
          session -> DemoTraineePortal.annotate(session, portal));
      planter.supervisionSessions(profile.planted(), assignment, today, DAYS);
      stage(profile, assignment, idm, today);
      DemoAssessmentHistory.write(em, profile, assignment, idm, today);
      DemoTraineePortal.contracts(em, profile.clientClear(), clients, today);
      submitted(trainee, assignment.supervisor(), today);
    }
    // grading drift has something to show: Tom Becker grades leniently, Priya Nair severely
    new GradingPlanter(em)
        .grade(
            GradingPlanter.Spec.lenientAndSevere("demo-tom-becker", "demo-priya-nair", 2026),
            today,
            DAYS);
    return null;
  }

  private Cohort cohort(Program program, String name, LocalDate from, LocalDate to) {
    return persist(new Cohort(program, name, from, to));
  }

  private AccreditationStandard standard(String code) {
    return em.find(AccreditationStandard.class, code);
  }

  /** Mentor coaching (one-to-one, then in a group) and a CPD day, so readiness has them. */
  private void hoursBeyondSessions(Person trainee, LocalDate today) {
    em.persist(new MentorCoaching(trainee, "Jordan Lee", today.minusDays(100), 90, true));
    em.persist(new MentorCoaching(trainee, "Jordan Lee", today.minusDays(20), 120, false));
    em.persist(new CpdEntry(trainee, today.minusDays(30), 240, "Ethics in coaching workshop"));
  }

  /**
   * The approval step at every stage: all but the last month approved by the supervisor, the weeks
   * after it waiting for them, the last week not submitted yet.
   */
  private void submitted(Person trainee, Person supervisor, LocalDate today) {
    Instant now = Instant.now();
    HourSubmission approved =
        new HourSubmission(
            trainee, supervisor, today.minusDays(DAYS), today.minusDays(31), List.of(), now);
    approved.approve(supervisor, null, now);
    em.persist(approved);
    em.persist(
        new HourSubmission(
            trainee, supervisor, today.minusDays(30), today.minusDays(8), List.of(approved), now));
  }

  private static Person person(String subject, String name, MemberRole role) {
    return new Person(subject, name, subject + "@demo.parallax.invalid", Set.of(role));
  }

  private <T> T persist(T record) {
    em.persist(record);
    return record;
  }

  private void stage(
      DemoTrainee profile,
      SupervisorAssignment assignment,
      DevelopmentalScale idm,
      LocalDate today) {
    int autonomy = Math.min(5, 1 + idm.rank(profile.idmLevel()));
    StageAssessment stage =
        new StageAssessment(
            assignment,
            today.minusDays(30),
            idm,
            DevelopmentDomain.CONTRACTING,
            profile.idmLevel(),
            StageSubScores.of(Math.min(5, autonomy + 1), 4, autonomy),
            "Assessed from the last two months of client and supervision sessions.");
    stage.shareWithTrainee(true);
    stage.signOff(Instant.now());
    em.persist(stage);
  }
}
