package io.parallax.ejb.accreditation;

import io.parallax.domain.accreditation.AccreditationTrack;
import io.parallax.domain.accreditation.Figures;
import io.parallax.domain.accreditation.HourEntry;
import io.parallax.domain.accreditation.HourSubmission;
import io.parallax.domain.accreditation.Readiness;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.Person;
import io.parallax.ejb.NoSuchRecord;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Readiness for accreditation: a trainee's own, against the track of the latest cohort they are
 * enrolled in whose program names one; a cohort's, for its school admins and for a supervisor the
 * rows of their current supervisees. A trainee's own hour entries are gathered as small tuples
 * (day, minutes, basis, client, group size; never a reflection or note), a cohort's summed per
 * trainee and day by the database in a fixed number of statements ({@link CohortHours}); both go to
 * {@link Readiness}, the one place of the arithmetic. Each entry carries where it stands in the
 * approval step (approved, submitted, not submitted: {@link HourSubmission#statusOn}); only
 * approved hours count. Supervision hours come from sessions the supervisor recorded themselves and
 * so count as approved when recorded.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class AccreditationReadiness {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject SchoolCalendar calendar;
  @Resource SessionContext context;

  /** The caller's own readiness. */
  @RolesAllowed(Roles.TRAINEE)
  public TraineeReadiness mine() {
    Person me = caller.requireMember();
    List<Enrolment> enrolments =
        em.createQuery(
                "select e from Enrolment e join fetch e.cohort c join fetch c.program p"
                    + " join fetch p.track where e.trainee = :trainee"
                    + " order by c.startsOn desc, c.id",
                Enrolment.class)
            .setParameter("trainee", me)
            .setMaxResults(1)
            .getResultList();
    if (enrolments.isEmpty()) {
      return new TraineeReadiness(
          me.id(), me.displayName(), null, null, List.of(), false, null, false);
    }
    Cohort cohort = enrolments.get(0).cohort();
    return assess(
        me, entries(me), cohort, cohort.program().track().orElseThrow(), calendar.today());
  }

  /**
   * Every enrolled trainee's readiness in cohort {@code cohortId} (school admins), or of those the
   * calling supervisor supervises today; by name.
   */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR})
  public CohortReadiness cohort(UUID cohortId) {
    Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new NoSuchRecord("cohort");
    }
    LocalDate today = calendar.today();
    AccreditationTrack track = cohort.program().track().orElse(null);
    List<TraineeReadiness> rows = new ArrayList<>();
    if (track != null) {
      List<Person> trainees = visibleTrainees(cohort, today);
      Map<UUID, List<HourEntry>> entries =
          new CohortHours(em).of(trainees.stream().map(Person::id).toList());
      for (Person trainee : trainees) {
        rows.add(assess(trainee, entries.get(trainee.id()), cohort, track, today));
      }
    }
    rows.sort(Comparator.comparing(TraineeReadiness::traineeName, String.CASE_INSENSITIVE_ORDER));
    return new CohortReadiness(
        cohort.id(),
        cohort.name(),
        track == null ? null : track.name(),
        cohort.endsOn().orElse(null),
        rows);
  }

  private List<Person> visibleTrainees(Cohort cohort, LocalDate today) {
    List<Person> enrolled =
        em.createQuery("select e.trainee from Enrolment e where e.cohort = :cohort", Person.class)
            .setParameter("cohort", cohort)
            .getResultList();
    if (context.isCallerInRole(Roles.SCHOOL_ADMIN)) {
      return enrolled;
    }
    Person me = caller.requireMember();
    List<UUID> mine =
        em.createQuery(
                "select a.trainee.id from SupervisorAssignment a where a.supervisor = :me"
                    + " and a.startsOn <= :today and (a.endsOn is null or a.endsOn >= :today)",
                UUID.class)
            .setParameter("me", me)
            .setParameter("today", today)
            .getResultList();
    return enrolled.stream().filter(p -> mine.contains(p.id())).toList();
  }

  private TraineeReadiness assess(
      Person trainee,
      List<HourEntry> entries,
      Cohort cohort,
      AccreditationTrack track,
      LocalDate today) {
    Figures figures = track.figures();
    LocalDate since = trainee.initialTrainingEndedOn().orElse(null);
    List<RequirementProgress> progress = Readiness.assess(figures, entries, since, today);
    boolean ready = Readiness.ready(progress);
    LocalDate projected = Readiness.projected(progress).orElse(null);
    LocalDate end = cohort.endsOn().orElse(null);
    boolean behind = !ready && (projected == null || (end != null && projected.isAfter(end)));
    return new TraineeReadiness(
        trainee.id(),
        trainee.displayName(),
        cohort.name(),
        track.name(),
        progress,
        ready,
        projected,
        behind);
  }

  /** The trainee's client sessions, supervision, mentor coaching and CPD as hour entries. */
  List<HourEntry> entries(Person trainee) {
    List<HourSubmission> submitted = TraineeHours.periods(em, trainee);
    List<HourEntry> entries = new ArrayList<>(TraineeHours.clientSessions(em, trainee, submitted));
    entries.addAll(TraineeHours.besideClientSessions(em, trainee, submitted));
    return entries;
  }
}
