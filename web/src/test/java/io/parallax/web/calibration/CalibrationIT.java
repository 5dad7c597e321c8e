package io.parallax.web.calibration;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.in;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.calibration.CalibrationClosed;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.calibration.CalibrationExercises;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseMaterial;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseResults;
import io.parallax.ejb.calibration.ExerciseViews.ExerciseSummary;
import io.parallax.ejb.calibration.ExerciseViews.GraderRow;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.practice.SessionEntry;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsOtherSupervisor;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import io.parallax.web.services.AuditProbe;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calibration rounds in the container on PostgreSQL: blind grading (no supervisor, nor the admin,
 * sees grades before the results open), the results with agreement once everyone graded, the
 * anonymised and audited material, the roles, and one school never seeing another's exercises.
 */
@ExtendWith(ArquillianExtension.class)
class CalibrationIT {

  private static final LocalDate TODAY = LocalDate.now();

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar()).addClasses(AuditProbe.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB PracticeSessions sessions;
  @EJB CalibrationExercises exercises;
  @EJB AuditProbe audit;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSol;
  @EJB AsOtherSupervisor asKit;
  @EJB AsTrainee asTrainee;

  record Round(School school, MemberSummary kit, UUID session, ExerciseSummary exercise) {}

  private Round newRound() throws Exception {
    School school = CallerSchools.create("cal", schools, members, asAdmin);
    MemberSummary kit =
        as(
            asAdmin,
            school,
            () ->
                members.add(
                    AsOtherSupervisor.SUBJECT,
                    "Kit Supervisor",
                    "kit@" + school.id() + ".test",
                    Set.of(MemberRole.SUPERVISOR)));
    UUID session =
        as(
            asTrainee,
            school,
            () -> {
              UUID client = sessions.addClient("C-042", PaymentBasis.PAID, false);
              return sessions.log(adaSession(client)).id();
            });
    ExerciseSummary exercise =
        as(
            asAdmin,
            school,
            () ->
                exercises.create(
                    "March round",
                    TODAY.plusDays(7),
                    List.of(session),
                    "A coach agrees an agenda but no outcome.",
                    "C: I just want to talk.",
                    true,
                    List.of(school.supervisor().id(), kit.id())));
    return new Round(school, kit, session, exercise);
  }

  @Test
  void gradingIsBlindUntilEveryoneGradedThenTheResultsShowAgreement() throws Exception {
    Round r = newRound();
    UUID id = r.exercise().id();

    as(asSol, r.school(), () -> exercises.grade(id, 0, grades(3, 3, 2, 4), "Agenda clear"));
    as(asSol, r.school(), () -> exercises.grade(id, 1, grades(2, 2, 1, 3), "No outcome"));

    ExerciseMaterial kitsView = as(asKit, r.school(), () -> exercises.material(id));
    assertThat(kitsView.myGrades()).isEmpty();
    assertThat(kitsView.exercise().resultsOpen()).isFalse();
    for (Object caller : List.of(asSol, asKit, asAdmin)) {
      assertThatThrownBy(() -> as(caller, r.school(), () -> exercises.results(id)))
          .isInstanceOf(CalibrationClosed.class);
    }

    as(asKit, r.school(), () -> exercises.grade(id, 0, grades(3, 4, 2, 4), "Mostly clear"));
    as(asKit, r.school(), () -> exercises.grade(id, 1, grades(1, 2, 1, 3), "Hardly any"));

    ExerciseResults admins = as(asAdmin, r.school(), () -> exercises.results(id));
    ExerciseResults sols = as(asSol, r.school(), () -> exercises.results(id));
    assertThat(admins.graders())
        .extracting(GraderRow::name)
        .containsExactly("Sol Supervisor", "Kit Supervisor");
    assertThat(sols.graders()).extracting(GraderRow::name).containsExactly("Sol Supervisor", null);
    assertThat(sols.graders()).extracting(GraderRow::peer).containsExactly(null, "A");
    assertThat(sols.graders().get(0).self()).isTrue();
    assertThat(admins.agreement().alpha()).isNotNull().isBetween(-1.0, 1.0);
    assertThat(admins.agreement().meanKappa()).isNotNull();
    assertThat(admins.medians().get(1).medians()).containsEntry(ContractingElement.FOCUS, 1.5);
    assertThatThrownBy(
            () -> as(asSol, r.school(), () -> exercises.grade(id, 0, grades(5, 5, 5, 5), "Late")))
        .isInstanceOf(CalibrationClosed.class);
    assertThat(as(asAdmin, r.school(), exercises::history))
        .singleElement()
        .satisfies(point -> assertThat(point.alpha()).isEqualTo(admins.agreement().alpha()));
  }

  @Test
  void theMaterialIsAnonymisedAndEveryReadAudited() throws Exception {
    Round r = newRound();

    ExerciseMaterial material = as(asSol, r.school(), () -> exercises.material(r.exercise().id()));

    assertThat(material.cases()).hasSize(2);
    assertThat(material.cases().get(0).minutes()).isEqualTo(50);
    assertThat(material.cases().get(0).ratings())
        .containsEntry(ContractingElement.OUTCOME, ElementRating.ABSENT);
    assertThat(material.cases().get(0).evidence())
        .containsEntry(ContractingElement.FOCUS, "Client named a work conflict");
    assertThat(material.toString()).doesNotContain("C-042", "Private reflection", "Ada");
    assertThat(material.cases().get(1).vignetteText()).startsWith("A coach agrees");
    assertThat(in(r.school().id(), () -> audit.count(r.exercise().id(), AuditAction.READ)))
        .isEqualTo(1);
    assertThat(in(r.school().id(), () -> audit.count(r.session(), AuditAction.READ))).isEqualTo(1);
  }

  @Test
  void onlyTheAdminCreatesOnlyGradersGradeAndATraineeNothing() throws Exception {
    Round r = newRound();
    UUID id = r.exercise().id();

    refusedAccess(() -> as(asTrainee, r.school(), exercises::list));
    refusedAccess(
        () ->
            as(
                asSol,
                r.school(),
                () ->
                    exercises.create(
                        "Mine", TODAY, null, "V", null, false, List.of(r.kit().id()))));
    refusedAccess(
        () -> as(asAdmin, r.school(), () -> exercises.grade(id, 0, grades(1, 1, 1, 1), "x")));
    assertThat(as(asSol, r.school(), exercises::list)).extracting(ExerciseSummary::id).contains(id);
    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    r.school(),
                    () ->
                        exercises.create(
                            "One", TODAY, null, "V", null, false, List.of(r.kit().id()))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "supervisors");
    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    r.school(),
                    () ->
                        exercises.create(
                            "Trainee as grader",
                            TODAY,
                            null,
                            "V",
                            null,
                            false,
                            List.of(r.kit().id(), r.school().ada().id()))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "supervisors");
  }

  @Test
  void anotherSchoolNeverSeesAnExercise() throws Exception {
    Round mine = newRound();
    School yours = CallerSchools.create("cal-other", schools, members, asAdmin);
    UUID id = mine.exercise().id();

    assertThat(as(asAdmin, yours, exercises::list)).isEmpty();
    assertThat(as(asAdmin, yours, exercises::history)).isEmpty();
    assertThatThrownBy(() -> as(asAdmin, yours, () -> exercises.material(id)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asSol, yours, () -> exercises.results(id)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () -> as(asSol, yours, () -> exercises.grade(id, 0, grades(1, 1, 1, 1), "x")))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    yours,
                    () ->
                        exercises.create(
                            "Foreign session",
                            TODAY,
                            List.of(mine.session()),
                            null,
                            null,
                            false,
                            List.of(yours.supervisor().id(), yours.supervisor().id()))))
        .isInstanceOf(DomainRuleViolation.class)
        .hasFieldOrPropertyWithValue("field", "practiceSessions");
  }

  private static SessionEntry adaSession(UUID client) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    ratings.put(ContractingElement.FOCUS, ElementRating.CLEAR);
    ratings.put(ContractingElement.OUTCOME, ElementRating.ABSENT);
    ratings.put(ContractingElement.APPROACH, ElementRating.PARTIAL);
    ratings.put(ContractingElement.PARTICIPATION, ElementRating.CLEAR);
    return new SessionEntry(
        client,
        TODAY.minusDays(3),
        50,
        null,
        ratings,
        Map.of(ContractingElement.FOCUS, "Client named a work conflict"),
        Set.of(),
        0,
        null,
        null,
        40,
        null,
        "Private reflection about Ada's client");
  }

  private static Map<ContractingElement, Integer> grades(
      int focus, int outcome, int approach, int part) {
    Map<ContractingElement, Integer> grades = new EnumMap<>(ContractingElement.class);
    grades.put(ContractingElement.FOCUS, focus);
    grades.put(ContractingElement.OUTCOME, outcome);
    grades.put(ContractingElement.APPROACH, approach);
    grades.put(ContractingElement.PARTICIPATION, part);
    return grades;
  }
}
