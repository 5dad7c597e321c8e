package io.parallax.web.tenancy;

import static io.parallax.web.callers.CallerSchools.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.school.CohortSummary;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discriminator multi-tenancy inside Payara Micro on PostgreSQL, in the shape of Hibernate's {@code
 * TenantIdTest}: write as one school, read as another, expect nothing; the school is stamped on
 * insert; a row stamped for another school is refused; and one transaction never serves two
 * schools.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxWar()).addClasses(TenantProbe.class);
  }

  @EJB Schools schools;
  @EJB Programs programs;
  @EJB Cohorts cohorts;
  @EJB Members members;
  @EJB TenantProbe probe;
  @EJB AsSchoolAdmin asAdmin;

  private String newSchool() {
    String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
    schools.register(id, "School " + id);
    return id;
  }

  /** A school admin of {@code school} opens a cohort through the services. */
  private CohortSummary openCohort(String school, String name) throws Exception {
    return CurrentSchool.callAs(
        school,
        () ->
            asAdmin.call(
                () ->
                    cohorts.open(
                        programs.open("Track", null), name, LocalDate.of(2026, 2, 2), null)));
  }

  @Test
  void stampsTheCallersSchoolOnInsert() throws Exception {
    String mine = newSchool();

    CohortSummary opened = openCohort(mine, "Stamped");

    assertThat(probe.storedSchoolOf(opened.id())).isEqualTo(mine);
  }

  @Test
  void anotherSchoolSeesNothing() throws Exception {
    String mine = newSchool();
    String yours = newSchool();
    CohortSummary opened = openCohort(mine, "Private");

    assertThat(CurrentSchool.callAs(yours, () -> asAdmin.call(cohorts::list))).isEmpty();
    assertThat(CurrentSchool.callAs(mine, () -> asAdmin.call(cohorts::list)))
        .extracting(CohortSummary::id)
        .containsExactly(opened.id());
    assertThat(CurrentSchool.callAs(yours, () -> probe.find(opened.id()))).isNull();
  }

  @Test
  void anotherSchoolsPagedListsShowNothingWhateverTheyFilterOrSortBy() throws Exception {
    School mine = CallerSchools.create("it", schools, members, asAdmin);
    School yours = CallerSchools.create("it", schools, members, asAdmin);
    LocalDate jan = LocalDate.of(2026, 1, 5);
    CohortSummary cohort = openCohort(mine.id(), "Mine only");
    as(asAdmin, mine, () -> members.enrol(cohort.id(), mine.ada().id(), jan));
    as(
        asAdmin,
        mine,
        () -> members.assignSupervisor(mine.supervisor().id(), mine.ada().id(), jan, null));
    Listing everything = Listing.rows(0, 100);

    var cohortsSeen = as(asAdmin, yours, () -> cohorts.page(everything.where("name", "mine")));
    var programsSeen = as(asAdmin, yours, () -> programs.page(everything.sortedBy("name", true)));
    var membersSeen = as(asAdmin, yours, () -> members.page(everything.where("role", "TRAINEE")));
    var assignmentsSeen = as(asAdmin, yours, () -> members.assignmentPage(everything));
    var enrolmentsSeen =
        as(asAdmin, yours, () -> members.enrolmentPage(everything.where("cohort", "mine")));

    assertThat(cohortsSeen.total()).isZero();
    assertThat(cohortsSeen.items()).isEmpty();
    assertThat(programsSeen.total()).isZero();
    assertThat(membersSeen.total()).isEqualTo(2);
    assertThat(membersSeen.items())
        .extracting(MemberSummary::id)
        .containsExactlyInAnyOrder(yours.ada().id(), yours.ben().id());
    assertThat(assignmentsSeen.total()).isZero();
    assertThat(enrolmentsSeen.total()).isZero();
    assertThat(as(asAdmin, mine, () -> members.enrolmentPage(everything)).total()).isEqualTo(1);
    assertThat(as(asAdmin, mine, () -> members.assignmentPage(everything)).total()).isEqualTo(1);
  }

  @Test
  void refusesARowStampedForAnotherSchool() throws Exception {
    String mine = newSchool();
    String yours = newSchool();

    assertThatThrownBy(() -> CurrentSchool.callAs(mine, () -> probe.smuggleCohortInto(yours)))
        .hasStackTraceContaining("assigned tenant id differs from current tenant id");
    assertThat(CurrentSchool.callAs(yours, () -> asAdmin.call(cohorts::list))).isEmpty();
  }

  @Test
  void unboundWorkSeesNoSchool() throws Exception {
    String mine = newSchool();
    openCohort(mine, "Bound");

    assertThat(probe.listUnbound()).isEmpty();
  }

  @Test
  void oneTransactionNeverServesTwoSchools() {
    String mine = newSchool();
    String yours = newSchool();

    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> runAndReturn(() -> probe.listForBothInOneTransaction(mine, yours))))
        .isInstanceOf(EJBException.class)
        .hasStackTraceContaining("already works for school '" + mine + "'");
  }

  @Test
  void schoolWorkNeverJoinsATransactionOpenedWithoutASchool() {
    String mine = newSchool();

    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> runAndReturn(() -> probe.listAfterUnboundWorkInOneTransaction(mine))))
        .isInstanceOf(EJBException.class)
        .hasStackTraceContaining("already works for school '-'");
  }

  private static Object runAndReturn(ThrowingRunnable work) throws Exception {
    work.run();
    return null;
  }

  /** A piece of test work that returns nothing. */
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
