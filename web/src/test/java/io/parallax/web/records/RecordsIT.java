package io.parallax.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.Examples;
import io.parallax.domain.SchoolOwned;
import io.parallax.domain.assessment.CoreIssueType;
import io.parallax.domain.assessment.DevelopmentalScale;
import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.audit.AuditEvent;
import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PracticeExamples;
import io.parallax.domain.school.Cohort;
import io.parallax.domain.school.Enrolment;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.Program;
import io.parallax.domain.school.SupervisorAssignment;
import io.parallax.domain.supervision.SupervisionExamples;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.Callers;
import jakarta.ejb.EJB;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every school-owned record on PostgreSQL inside Payara Micro: tenant isolation in the shape of
 * Hibernate's {@code TenantIdTest} for each entity, and concurrent edits that end in a clear
 * conflict without losing the change that landed first.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar())
        .addClasses(
            RecordProbe.class, Examples.class, PracticeExamples.class, SupervisionExamples.class);
  }

  @EJB Schools schools;
  @EJB Programs programs;
  @EJB Cohorts cohorts;
  @EJB RecordProbe probe;
  @EJB AsSchoolAdmin asAdmin;

  private String newSchool() {
    String id = "rec-" + UUID.randomUUID().toString().substring(0, 8);
    schools.register(id, "School " + id);
    return id;
  }

  /** One of each school-owned record, in an order that persists (referenced records first). */
  static List<SchoolOwned> oneOfEachRecord() {
    List<SchoolOwned> records = new ArrayList<>();
    Program program = Examples.program();
    Cohort cohort = Examples.cohort(program);
    Person trainee = Examples.trainee("Tess Trainee");
    Person supervisor = Examples.supervisor("Sol Supervisor");
    records.addAll(List.of(program, cohort, trainee, supervisor));
    records.add(new Enrolment(cohort, trainee, Examples.JAN_12));
    SupervisorAssignment assignment =
        new SupervisorAssignment(supervisor, trainee, Examples.JAN_12, null);
    DevelopmentalScale scale = DevelopmentalScale.idm();
    records.addAll(
        List.of(
            assignment,
            SupervisionExamples.session(assignment),
            CoreIssueType.defaults().get(0),
            scale,
            SupervisionExamples.contractingAssessment(assignment),
            SupervisionExamples.stageAssessment(assignment, scale)));
    Client client = PracticeExamples.client(trainee);
    records.addAll(
        List.of(
            client, PracticeExamples.contract(client), PracticeExamples.session(trainee, client)));
    records.add(
        new AuditEvent(supervisor.subject(), AuditAction.READ, Person.class, trainee.id(), NOW));
    return records;
  }

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void everyRecordIsStampedAndInvisibleToOtherSchools() throws Exception {
    String mine = newSchool();
    String yours = newSchool();
    List<SchoolOwned> records = oneOfEachRecord();

    CurrentSchool.callAs(mine, () -> runAndReturn(() -> probe.persistAll(records)));

    SoftAssertions softly = new SoftAssertions();
    for (SchoolOwned record : records) {
      Class<?> type = record.getClass();
      softly.assertThat(probe.storedSchoolOf(record)).as("stamped " + type).isEqualTo(mine);
      softly
          .assertThat(CurrentSchool.callAs(mine, () -> probe.find(type, record.id())))
          .as("found by its own school: " + type)
          .isNotNull();
      softly
          .assertThat(CurrentSchool.callAs(yours, () -> probe.find(type, record.id())))
          .as("found by another school: " + type)
          .isNull();
      softly
          .assertThat(CurrentSchool.callAs(yours, () -> probe.count(type)))
          .as("counted by another school: " + type)
          .isZero();
    }
    softly.assertAll();
  }

  @Test
  void everyRecordStampedForAnotherSchoolIsRefused() throws Exception {
    String mine = newSchool();
    String yours = newSchool();
    int count = oneOfEachRecord().size();

    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < count; i++) {
      List<SchoolOwned> records = oneOfEachRecord();
      SchoolOwned smuggled = records.get(i);
      stampFor(smuggled, yours);
      List<SchoolOwned> upToSmuggled = records.subList(0, i + 1);

      softly
          .assertThatThrownBy(
              () ->
                  CurrentSchool.callAs(
                      mine, () -> runAndReturn(() -> probe.persistAll(upToSmuggled))))
          .as(smuggled.getClass().getSimpleName())
          .hasStackTraceContaining("assigned tenant id differs from current tenant id");
      softly
          .assertThat(CurrentSchool.callAs(yours, () -> probe.count(smuggled.getClass())))
          .as("stored for the other school: " + smuggled.getClass().getSimpleName())
          .isZero();
    }
    softly.assertAll();
  }

  private static void stampFor(SchoolOwned record, String school) throws Exception {
    Field field = SchoolOwned.class.getDeclaredField("schoolId");
    field.setAccessible(true);
    field.set(record, school);
  }

  @Test
  void anEditFromAStaleReadIsRefusedAndStoresNothing() throws Exception {
    String mine = newSchool();
    CohortSummary cohort = openCohort(mine, "Original");
    CurrentSchool.callAs(
        mine, () -> asAdmin.call(() -> cohorts.rename(cohort.id(), cohort.version(), "First")));

    assertThatThrownBy(
            () ->
                CurrentSchool.callAs(
                    mine,
                    () ->
                        asAdmin.call(
                            () -> cohorts.rename(cohort.id(), cohort.version(), "Second"))))
        .isInstanceOf(ConcurrentEdit.class)
        .hasMessageContaining("Someone else changed this cohort");
    assertThat(CurrentSchool.callAs(mine, () -> asAdmin.call(cohorts::list)))
        .extracting(CohortSummary::name)
        .containsExactly("First");
  }

  @Test
  void ofTwoConcurrentEditsTheSecondFailsAndTheFirstIsKept() throws Exception {
    String mine = newSchool();
    CohortSummary cohort = openCohort(mine, "Original");

    assertThatThrownBy(
            () ->
                CurrentSchool.callAs(
                    mine,
                    () ->
                        asAdmin.call(
                            () ->
                                runAndReturn(
                                    () ->
                                        probe.renameAfterSomeoneElse(
                                            cohort.id(), "Theirs", "Mine")))))
        .isInstanceOf(ConcurrentEdit.class);
    List<CohortSummary> stored = CurrentSchool.callAs(mine, () -> asAdmin.call(cohorts::list));
    assertThat(stored).extracting(CohortSummary::name).containsExactly("Theirs");
    assertThat(stored).extracting(CohortSummary::version).containsExactly(cohort.version() + 1);
  }

  private CohortSummary openCohort(String school, String name) throws Exception {
    return CurrentSchool.callAs(
        school,
        () ->
            asAdmin.call(
                () ->
                    cohorts.open(
                        programs.open("Track", null), name, LocalDate.of(2026, 2, 2), null)));
  }

  private static Object runAndReturn(Runnable work) {
    work.run();
    return null;
  }
}
