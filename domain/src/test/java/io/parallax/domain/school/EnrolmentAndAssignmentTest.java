package io.parallax.domain.school;

import static io.parallax.domain.Examples.JAN_12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import org.junit.jupiter.api.Test;

class EnrolmentAndAssignmentTest {

  private final Cohort cohort = Examples.cohort(Examples.program());
  private final Person trainee = Examples.trainee("Eve");
  private final Person supervisor = Examples.supervisor("Sam");

  @Test
  void enrolsAnActiveTraineeIntoAnOpenCohort() {
    Enrolment enrolment = new Enrolment(cohort, trainee, JAN_12);

    assertThat(enrolment.cohort()).isSameAs(cohort);
    assertThat(enrolment.trainee()).isSameAs(trainee);
  }

  @Test
  void refusesArchivedCohortsDeactivatedMembersAndNonTrainees() {
    Cohort archived = Examples.cohort(Examples.program());
    archived.archive();
    Person gone = Examples.trainee("Gone");
    gone.deactivate();

    assertThatThrownBy(() -> new Enrolment(archived, trainee, JAN_12))
        .hasMessageContaining("archived");
    assertThatThrownBy(() -> new Enrolment(cohort, gone, JAN_12))
        .hasMessageContaining("deactivated");
    assertThatThrownBy(() -> new Enrolment(cohort, supervisor, JAN_12))
        .hasMessage("Sam is not a trainee.");
  }

  @Test
  void anAssignmentCoversItsDatesInclusively() {
    SupervisorAssignment assignment =
        new SupervisorAssignment(supervisor, trainee, JAN_12, JAN_12.plusDays(30));

    assertThat(assignment.covers(JAN_12)).isTrue();
    assertThat(assignment.covers(JAN_12.plusDays(30))).isTrue();
    assertThat(assignment.covers(JAN_12.minusDays(1))).isFalse();
    assertThat(assignment.covers(JAN_12.plusDays(31))).isFalse();
  }

  @Test
  void anOpenAssignmentCoversEverythingFromItsStart() {
    SupervisorAssignment assignment = new SupervisorAssignment(supervisor, trainee, JAN_12, null);

    assertThat(assignment.covers(JAN_12.plusYears(3))).isTrue();
    assertThat(assignment.endsOn()).isEmpty();
  }

  @Test
  void refusesBackwardsDatesSelfSupervisionAndWrongRoles() {
    Person both = Examples.person("Both", MemberRole.SUPERVISOR, MemberRole.TRAINEE);

    assertThatThrownBy(
            () -> new SupervisorAssignment(supervisor, trainee, JAN_12, JAN_12.minusDays(1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsOn"));
    assertThatThrownBy(() -> new SupervisorAssignment(both, both, JAN_12, null))
        .hasMessage("A supervisor cannot supervise themselves.");
    assertThatThrownBy(() -> new SupervisorAssignment(trainee, supervisor, JAN_12, null))
        .hasMessage("Eve is not a supervisor.");
  }
}
