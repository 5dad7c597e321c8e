package io.parallax.web.accreditation;

import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.refusedAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.accreditation.Figures;
import io.parallax.domain.accreditation.Requirement;
import io.parallax.domain.accreditation.RequirementProgress;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.ContractingRatings;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.domain.reminder.ReminderKind;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.supervision.ProctorBalance;
import io.parallax.domain.supervision.SevenEyedMode;
import io.parallax.domain.supervision.SupervisionFormat;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.AccreditationTracks;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.accreditation.HourLog;
import io.parallax.ejb.accreditation.HourSubmissionView;
import io.parallax.ejb.accreditation.HourSubmissions;
import io.parallax.ejb.accreditation.MentorCoachingView;
import io.parallax.ejb.accreditation.ProgramTrack;
import io.parallax.ejb.accreditation.TrackView;
import io.parallax.ejb.accreditation.TraineeReadiness;
import io.parallax.ejb.audit.AuditLog;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.practice.SessionEntry;
import io.parallax.ejb.reminder.ReminderChoices;
import io.parallax.ejb.reminder.ReminderChoicesView;
import io.parallax.ejb.reminder.ReminderRun;
import io.parallax.ejb.reminder.ReminderSettings;
import io.parallax.ejb.reminder.ReminderSettingsView;
import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.supervision.SupervisionRecord;
import io.parallax.ejb.supervision.SupervisionSessions;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsOtherSupervisor;
import io.parallax.web.callers.AsOtherTrainee;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import io.parallax.web.reminder.ReminderMails;
import io.parallax.web.reminder.ReminderProbe;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accreditation in the container on PostgreSQL: a trainee's readiness from seeded client sessions
 * (one a group), mentor coaching and supervision; the cohort's readiness for its admin and for the
 * trainee's supervisor only; the roles each service refuses; mentor coaching that is another
 * trainee's; and one school never seeing another's tracks, entries or cohorts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccreditationIT {

  private static final LocalDate TODAY = LocalDate.now();

  @Deployment
  static WebArchive deployment() {
    // PDFBox reads the portfolio summary's text back (the exports' tests)
    return Callers.addTo(Deployments.parallaxWar())
        .addAsLibraries(
            AccreditationExportsChecks.jarOf(org.apache.pdfbox.Loader.class),
            AccreditationExportsChecks.jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
            AccreditationExportsChecks.jarOf(org.apache.fontbox.FontBoxFont.class))
        .addClass(AccreditationExportsChecks.class)
        .addClass(ReminderProbe.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB Programs programs;
  @EJB Cohorts cohorts;
  @EJB PracticeSessions sessions;
  @EJB SupervisionSessions supervision;
  @EJB AccreditationTracks tracks;
  @EJB HourLog log;
  @EJB HourSubmissions submissions;
  @EJB AccreditationReadiness readiness;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSol;
  @EJB AsOtherSupervisor asKit;
  @EJB AsTrainee asAda;
  @EJB AsOtherTrainee asBen;
  @EJB AuditLog auditLog;
  @Inject AccreditationExportsResource exportsApi;
  @EJB ReminderChoices reminderChoices;
  @EJB ReminderSettings reminderSettings;
  @EJB ReminderRun reminderRun;
  @EJB ReminderProbe reminderProbe;

  record Fixture(School school, UUID cohort, TrackView track) {}

  /**
   * A school whose cohort (ending in 30 days) leads to its copy of ICF ACC with quarterly
   * supervision added; Ada enrolled and supervised by Sol; Ben in the school, not enrolled.
   */
  private Fixture school(String prefix) throws Exception {
    School school = CallerSchools.create(prefix, schools, members, asAdmin);
    return as(
        asAdmin,
        school,
        () -> {
          UUID program = programs.open("ICF Level 1", null);
          UUID cohort =
              cohorts.open(program, "Spring", TODAY.minusDays(500), TODAY.plusDays(30)).id();
          members.enrol(cohort, school.ada().id(), TODAY.minusDays(500));
          members.assignSupervisor(
              school.supervisor().id(), school.ada().id(), TODAY.minusDays(500), null);
          TrackView copy = tracks.copy("ICF_ACC", null, "ICF ACC (ours)");
          Figures icf = copy.figures();
          TrackView ours =
              tracks.adjust(
                  copy.id(),
                  copy.version(),
                  copy.name(),
                  new Figures(
                      icf.coachingHours(),
                      icf.paidHours(),
                      icf.clients(),
                      icf.recentHours(),
                      icf.recentMonths(),
                      icf.mentorHours(),
                      icf.mentorSpanMonths(),
                      icf.mentorOneToOneHours(),
                      null,
                      3,
                      null,
                      null));
          ProgramTrack row =
              tracks.programs().stream()
                  .filter(p -> p.programId().equals(program))
                  .findFirst()
                  .orElseThrow();
          tracks.leadTo(program, row.version(), ours.id());
          return new Fixture(school, cohort, ours);
        });
  }

  @Test
  void aTraineeSeesEachRequirementFromTheirSessionsMentorCoachingAndSupervision() throws Exception {
    Fixture f = school("acc");
    as(
        asAda,
        f.school(),
        () -> {
          UUID a = sessions.addClient("A-1", PaymentBasis.PAID, false);
          UUID b = sessions.addClient("B-1", PaymentBasis.PRO_BONO, false);
          UUID g = sessions.addClient("G-1", PaymentBasis.PAID, false);
          sessions.log(entry(a, TODAY.minusDays(400), 60, null));
          sessions.log(entry(a, TODAY.minusDays(10), 60, null));
          sessions.log(entry(b, TODAY.minusDays(5), 30, null));
          sessions.log(entry(g, TODAY.minusDays(20), 90, 5));
          log.addMentorCoaching("Mo Mentor", TODAY.minusDays(130), 120, true);
          log.addMentorCoaching("Mo Mentor", TODAY.minusDays(10), 180, false);
          return null;
        });
    as(asSol, f.school(), () -> supervision.record(supervised(f.school().ada().id())));
    // only approved hours count: Ada submits the whole period, Sol approves it
    HourSubmissionView period =
        as(asAda, f.school(), () -> submissions.submit(TODAY.minusDays(450), TODAY.minusDays(1)));
    as(asSol, f.school(), () -> submissions.approve(period.id(), null));

    TraineeReadiness ada = as(asAda, f.school(), () -> readiness.mine());

    assertThat(ada.track()).isEqualTo("ICF ACC (ours)");
    assertThat(ada.cohort()).isEqualTo("Spring");
    assertThat(progress(ada, Requirement.COACHING_HOURS).done()).isEqualByComparingTo("4");
    assertThat(progress(ada, Requirement.COACHING_HOURS).missing()).isEqualByComparingTo("96");
    assertThat(progress(ada, Requirement.PAID_HOURS).done()).isEqualByComparingTo("3.5");
    assertThat(progress(ada, Requirement.CLIENTS).done()).isEqualByComparingTo("7");
    assertThat(progress(ada, Requirement.RECENT_HOURS).done()).isEqualByComparingTo("4");
    assertThat(progress(ada, Requirement.MENTOR_HOURS).done()).isEqualByComparingTo("5");
    assertThat(progress(ada, Requirement.MENTOR_SPAN).met()).isTrue();
    assertThat(progress(ada, Requirement.MENTOR_ONE_TO_ONE).missing()).isEqualByComparingTo("1");
    assertThat(progress(ada, Requirement.SUPERVISION_REGULARITY).done()).isEqualByComparingTo("1");
    assertThat(progress(ada, Requirement.SUPERVISION_REGULARITY).required())
        .isEqualByComparingTo("4");
    // 3 h in the last 90 days: 96 h missing -> 2880 days, past the cohort's end
    assertThat(progress(ada, Requirement.COACHING_HOURS).projected())
        .isEqualTo(TODAY.plusDays(2880));
    assertThat(ada.ready()).isFalse();

    CohortReadiness admins = as(asAdmin, f.school(), () -> readiness.cohort(f.cohort()));
    CohortReadiness sols = as(asSol, f.school(), () -> readiness.cohort(f.cohort()));
    assertThat(admins.track()).isEqualTo("ICF ACC (ours)");
    assertThat(admins.trainees())
        .extracting(TraineeReadiness::traineeName)
        .containsExactly("Ada Trainee");
    assertThat(admins.trainees().get(0).behind()).isTrue();
    assertThat(admins.behindCount()).isEqualTo(1);
    assertThat(sols.trainees())
        .extracting(TraineeReadiness::traineeName)
        .containsExactly("Ada Trainee");

    as(
        asAdmin,
        f.school(),
        () ->
            members.add(
                AsOtherSupervisor.SUBJECT,
                "Kit Supervisor",
                "kit@" + f.school().id() + ".test",
                Set.of(MemberRole.SUPERVISOR)));
    assertThat(as(asKit, f.school(), () -> readiness.cohort(f.cohort())).trainees()).isEmpty();
    TraineeReadiness ben = as(asBen, f.school(), () -> readiness.mine());
    assertThat(ben.track()).isNull();
    assertThat(ben.requirements()).isEmpty();
  }

  @Test
  void eachServiceRefusesTheRolesItIsNotFor() throws Exception {
    Fixture f = school("acr");

    refusedAccess(() -> as(asAda, f.school(), () -> tracks.tracks()));
    refusedAccess(() -> as(asSol, f.school(), () -> tracks.copy("ICF_PCC", null, null)));
    refusedAccess(() -> as(asAdmin, f.school(), () -> log.mentorCoaching()));
    refusedAccess(
        () -> as(asSol, f.school(), () -> log.addCpd(TODAY, 60, "Supervisor's own course")));
    refusedAccess(() -> as(asAda, f.school(), () -> readiness.cohort(f.cohort())));
    refusedAccess(() -> as(asAdmin, f.school(), () -> readiness.mine()));
    assertThat(as(asAdmin, f.school(), () -> tracks.standards())).hasSize(6);
  }

  @Test
  void aTraineeKeepsAndCorrectsTheirOwnEntriesOnlyAndBadValuesAreRefusedAtTheirField()
      throws Exception {
    Fixture f = school("ace");
    MentorCoachingView mine =
        as(asAda, f.school(), () -> log.addMentorCoaching("Mo Mentor", TODAY, 60, true));
    var cpd = as(asAda, f.school(), () -> log.addCpd(TODAY.minusDays(1), 240, "Ethics day"));

    MentorCoachingView revised =
        as(
            asAda,
            f.school(),
            () ->
                log.reviseMentorCoaching(
                    mine.id(), mine.version(), "Mo Mentor", TODAY.minusDays(2), 90, false));
    assertThat(revised.minutes()).isEqualTo(90);
    assertThat(revised.oneToOne()).isFalse();
    assertThat(as(asBen, f.school(), () -> log.mentorCoaching())).isEmpty();
    assertThatThrownBy(
            () ->
                as(
                    asBen,
                    f.school(),
                    () ->
                        log.reviseMentorCoaching(
                            mine.id(), revised.version(), "Ben's mentor", TODAY, 60, true)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                as(
                    asBen,
                    f.school(),
                    () -> {
                      log.removeCpd(cpd.id(), cpd.version());
                      return null;
                    }))
        .isInstanceOf(NoSuchRecord.class);

    assertField(() -> log.addMentorCoaching("Mo", TODAY, 0, true), f, "minutes");
    assertField(() -> log.addMentorCoaching(" ", TODAY, 60, true), f, "mentorName");
    assertField(() -> log.addMentorCoaching("Mo", TODAY.plusDays(2), 60, true), f, "heldOn");
    assertField(() -> log.addCpd(TODAY, 60, ""), f, "title");
    assertField(
        () -> {
          UUID c = sessions.addClient("Z-1", PaymentBasis.PAID, false);
          return sessions.log(entry(c, TODAY, 60, 31));
        },
        f,
        "groupSize");
    assertThatThrownBy(
            () ->
                as(
                    asAdmin,
                    f.school(),
                    () ->
                        tracks.adjust(
                            f.track().id(),
                            f.track().version(),
                            "Bad",
                            new Figures(
                                100, 101, null, null, null, null, null, null, null, null, null,
                                null))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("paidHours"));

    as(
        asAda,
        f.school(),
        () -> {
          log.removeMentorCoaching(revised.id(), revised.version());
          return null;
        });
    assertThat(as(asAda, f.school(), () -> log.mentorCoaching())).isEmpty();
    assertThat(as(asAda, f.school(), () -> log.cpd())).hasSize(1);
  }

  @Test
  void anotherSchoolSeesNoneOfTheTracksEntriesOrCohorts() throws Exception {
    Fixture mine = school("aci");
    MentorCoachingView entry =
        as(asAda, mine.school(), () -> log.addMentorCoaching("Mo Mentor", TODAY, 60, true));
    var cpd = as(asAda, mine.school(), () -> log.addCpd(TODAY, 60, "Ethics"));
    School other = CallerSchools.create("aco", schools, members, asAdmin);

    assertThat(as(asAdmin, other, () -> tracks.tracks())).isEmpty();
    assertThat(as(asAdmin, other, () -> tracks.programs())).isEmpty();
    assertThatThrownBy(() -> as(asAdmin, other, () -> tracks.read(mine.track().id())))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () -> as(asAdmin, other, () -> tracks.copy(null, mine.track().id(), "Stolen")))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(() -> as(asAdmin, other, () -> readiness.cohort(mine.cohort())))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(as(asAda, other, () -> log.mentorCoaching())).isEmpty();
    assertThat(as(asAda, other, () -> log.cpd())).isEmpty();
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    other,
                    () ->
                        log.reviseMentorCoaching(
                            entry.id(), entry.version(), "Mo", TODAY, 30, true)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () ->
                as(asAda, other, () -> log.reviseCpd(cpd.id(), cpd.version(), TODAY, 30, "Ethics")))
        .isInstanceOf(NoSuchRecord.class);
    assertThat(as(asAda, other, () -> readiness.mine()).track()).isNull();
  }

  /**
   * The exports through their REST resource, as the trainee and the admin download them: Ada's
   * approved sessions in the ICF log (the waiting one apart), her portfolio summary, the cohort's
   * readiness; each download audited on Ada's member record.
   */
  @Test
  void theExportsHoldTheApprovedLogThePortfolioAndTheCohortsReadinessAndAreAudited()
      throws Exception {
    Fixture f = school("axp");
    as(
        asAda,
        f.school(),
        () -> {
          UUID a = sessions.addClient("A-1", PaymentBasis.PAID, false);
          UUID p = sessions.addClient("P-2", PaymentBasis.PRO_BONO, false);
          UUID g = sessions.addClient("G-1", PaymentBasis.PAID, false);
          sessions.log(entry(a, TODAY.minusDays(40), 60, null));
          sessions.log(entry(a, TODAY.minusDays(30), 45, null));
          sessions.log(entry(p, TODAY.minusDays(35), 30, null));
          sessions.log(entry(g, TODAY.minusDays(20), 90, 5));
          sessions.log(entry(a, TODAY.minusDays(3), 60, null));
          log.addMentorCoaching("Mo Mentor", TODAY.minusDays(25), 120, true);
          return null;
        });
    as(asSol, f.school(), () -> supervision.record(supervised(f.school().ada().id())));
    HourSubmissionView approved =
        as(asAda, f.school(), () -> submissions.submit(TODAY.minusDays(450), TODAY.minusDays(10)));
    as(asSol, f.school(), () -> submissions.approve(approved.id(), null));
    as(asAda, f.school(), () -> submissions.submit(TODAY.minusDays(5), TODAY.minusDays(1)));

    Response xlsx = as(asAda, f.school(), () -> exportsApi.icfLogXlsx("en-GB, de;q=0.5"));
    Response csv = as(asAda, f.school(), () -> exportsApi.icfLogCsv(null));
    Response pdf = as(asAda, f.school(), () -> exportsApi.portfolio("en"));
    Response pdfDe = as(asAda, f.school(), () -> exportsApi.portfolio("de-DE"));
    Response cohortXlsx = as(asAdmin, f.school(), () -> exportsApi.cohortXlsx(f.cohort(), "en"));
    Response cohortCsv = as(asAdmin, f.school(), () -> exportsApi.cohortCsv(f.cohort(), "en"));

    AccreditationExportsChecks.icfWorkbook(xlsx, TODAY);
    AccreditationExportsChecks.icfCsv(csv, TODAY);
    AccreditationExportsChecks.portfolio(pdf, pdfDe, TODAY);
    long met =
        as(asAdmin, f.school(), () -> readiness.cohort(f.cohort()))
            .trainees()
            .get(0)
            .requirements()
            .stream()
            .filter(RequirementProgress::met)
            .count();
    AccreditationExportsChecks.cohort(cohortXlsx, cohortCsv, TODAY, met);
    String ada = f.school().ada().id().toString();
    Listing exports = Listing.page(0, 50).where("record", ada).where("action", "EXPORT");
    assertThat(as(asAdmin, f.school(), () -> auditLog.page(exports)).total()).isEqualTo(6);
    assertThat(
            as(
                    asAdmin,
                    f.school(),
                    () -> auditLog.page(exports.where("person", f.school().admin().id())))
                .total())
        .isEqualTo(2);
  }

  @Test
  void onlyTheTraineeDownloadsTheirLogOnlyTheSchoolsAdminTheCohortAndAnotherSchoolNothing()
      throws Exception {
    Fixture f = school("axr");
    as(
        asAda,
        f.school(),
        () ->
            sessions.log(
                entry(
                    sessions.addClient("SECRET-7", PaymentBasis.PAID, false),
                    TODAY.minusDays(2),
                    60,
                    null)));
    School other = CallerSchools.create("axo", schools, members, asAdmin);

    refusedAccess(() -> as(asAda, f.school(), () -> exportsApi.cohortXlsx(f.cohort(), null)));
    refusedAccess(() -> as(asSol, f.school(), () -> exportsApi.cohortCsv(f.cohort(), null)));
    refusedAccess(() -> as(asSol, f.school(), () -> exportsApi.icfLogXlsx(null)));
    refusedAccess(() -> as(asSol, f.school(), () -> exportsApi.portfolio(null)));
    refusedAccess(() -> as(asAdmin, f.school(), () -> exportsApi.icfLogCsv(null)));
    assertThatThrownBy(() -> as(asAdmin, other, () -> exportsApi.cohortXlsx(f.cohort(), null)))
        .isInstanceOf(NoSuchRecord.class);
    assertThatThrownBy(
            () -> as(asAdmin, f.school(), () -> exportsApi.cohortCsv(UUID.randomUUID(), null)))
        .isInstanceOf(NoSuchRecord.class);
    // another school's trainee with the same sign-in subject gets their own, empty log
    assertThat(
            AccreditationExportsChecks.unapprovedCodes(
                as(asAda, other, () -> exportsApi.icfLogXlsx(null))))
        .isEmpty();
    assertThat(
            AccreditationExportsChecks.unapprovedCodes(
                as(asAda, f.school(), () -> exportsApi.icfLogXlsx(null))))
        .containsExactly("SECRET-7");
  }

  /**
   * Reminders (issue 17, item 4), sent by the run's per-school step to the tests' mail sink: Ada
   * (idle 20 days, German), Sol (a submission waiting 10 days) and Alex (the digest naming Ada as
   * behind); Ben (nothing logged, no day to count from) gets nothing; in another school the trainee
   * switched hers off and the admin's digest names no cohort of the first school. A second run
   * sends nothing. {@link #remindersLandInTheMailSinkOnceInTheRecipientsLanguage} reads the sink.
   */
  @Test
  @Order(1)
  void remindersGoOutOncePerPeriodAndNeverAcrossSchools() throws Exception {
    Fixture f = school("rmd");
    School other = CallerSchools.create("rmo", schools, members, asAdmin);
    HourSubmissionView waiting =
        as(
            asAda,
            f.school(),
            () -> {
              UUID a = sessions.addClient("RM-SECRET-1", PaymentBasis.PAID, false);
              sessions.log(entry(a, TODAY.minusDays(20), 60, null));
              reminderChoices.change(0, Map.of(), "de");
              return submissions.submit(TODAY.minusDays(30), TODAY.minusDays(1));
            });
    reminderProbe.handedIn(waiting.id(), java.time.Instant.now().minus(Duration.ofDays(10)));
    as(
        asAda,
        other,
        () -> {
          UUID a = sessions.addClient("RM-OTHER-1", PaymentBasis.PAID, false);
          sessions.log(entry(a, TODAY.minusDays(20), 60, null));
          return reminderChoices.change(0, Map.of(ReminderKind.IDLE_TRAINEE, false), "en");
        });
    DayOfWeek today = TODAY.getDayOfWeek();

    ReminderRun.Outcome first = reminderRun.forSchool(f.school().id(), today, 3);
    ReminderRun.Outcome again = reminderRun.forSchool(f.school().id(), today, 3);
    ReminderRun.Outcome otherFirst = reminderRun.forSchool(other.id(), today, 3);
    ReminderRun.Outcome otherAgain = reminderRun.forSchool(other.id(), today, 3);

    assertThat(first.sent()).as(first.toString()).isEqualTo(3);
    assertThat(first.failed()).isZero();
    assertThat(again.sent()).isZero();
    assertThat(otherFirst.sent()).as(otherFirst.toString()).isEqualTo(1);
    assertThat(otherAgain.sent()).isZero();
    assertThat(reminderProbe.sent(f.school().id())).isEqualTo(3);
    assertThat(reminderProbe.sent(other.id())).isEqualTo(1);
  }

  @Test
  @Order(2)
  @RunAsClient
  void remindersLandInTheMailSinkOnceInTheRecipientsLanguage() throws Exception {
    List<ReminderMails.Mail> ada = ReminderMails.to("ada-trainee@rmd-.*");
    List<ReminderMails.Mail> sol = ReminderMails.to("sol-supervisor@rmd-.*");
    List<ReminderMails.Mail> alex = ReminderMails.to("alex-admin@rmd-.*");
    List<ReminderMails.Mail> otherAlex = ReminderMails.to("alex-admin@rmo-.*");

    assertThat(ada).hasSize(1);
    assertThat(ada.get(0).subject())
        .isEqualTo("Parallax: Zeit, Ihre Klientensitzungen einzutragen");
    assertThat(ada.get(0).text())
        .contains("Hallo Ada Trainee", "vor 20 Tagen", "/trainee/log-session.xhtml")
        .contains("/account/reminders.xhtml")
        .doesNotContain("RM-SECRET-1");
    assertThat(sol).hasSize(1);
    assertThat(sol.get(0).subject()).isEqualTo("Parallax: hour submissions wait for your decision");
    assertThat(sol.get(0).text()).contains("1 in all", "/supervisor/submissions.xhtml");
    assertThat(alex).hasSize(1);
    assertThat(alex.get(0).text())
        .contains("Spring (ICF ACC (ours)): trainees 1, on track 0, behind 1.")
        .contains("Behind: Ada Trainee", "/school/readiness.xhtml");
    assertThat(otherAlex).hasSize(1);
    assertThat(otherAlex.get(0).text())
        .contains("No open cohort of your school leads to an accreditation track yet.")
        .doesNotContain("Spring", "Ada Trainee");
    assertThat(ReminderMails.to("ben-trainee@rmd-.*")).isEmpty();
    assertThat(ReminderMails.to("ada-trainee@rmo-.*")).isEmpty();
  }

  /**
   * A member's switches and a school's settings stay in their school (TenantIdTest shape: written
   * in one, the other still reads the defaults and cannot change the first's row); a switch of
   * another role's reminder and a day count out of range are refused at their field, nothing
   * stored; a trainee neither reads nor changes the school's settings.
   */
  @Test
  void reminderSwitchesAndSettingsStayInTheirSchool() throws Exception {
    School a = CallerSchools.create("rsa", schools, members, asAdmin);
    School b = CallerSchools.create("rsb", schools, members, asAdmin);

    ReminderChoicesView off =
        as(
            asAda,
            a,
            () -> reminderChoices.change(0, Map.of(ReminderKind.IDLE_TRAINEE, false), "de"));
    ReminderChoicesView inB = as(asAda, b, () -> reminderChoices.mine());
    ReminderSettingsView changed = as(asAdmin, a, () -> reminderSettings.change(0, 21, 3));
    ReminderSettingsView defaults = as(asAdmin, b, () -> reminderSettings.current());

    assertThat(off.switches())
        .containsExactly(new ReminderChoicesView.Switch(ReminderKind.IDLE_TRAINEE, false));
    assertThat(off.language()).isEqualTo("de");
    assertThat(inB.isOn(ReminderKind.IDLE_TRAINEE)).isTrue();
    assertThat(inB.version()).isZero();
    assertThat(inB.language()).isEqualTo("en");
    assertThat(as(asAdmin, a, () -> reminderChoices.mine().switches()))
        .extracting(ReminderChoicesView.Switch::kind)
        .containsExactly(ReminderKind.READINESS_DIGEST);
    assertThat(changed.idleDays()).isEqualTo(21);
    assertThat(defaults.idleDays()).isEqualTo(14);
    assertThat(defaults.waitingDays()).isEqualTo(7);
    // B's admin writes B's own settings; A's stay as A's admin left them
    assertThat(as(asAdmin, b, () -> reminderSettings.change(0, 30, 30)).idleDays()).isEqualTo(30);
    assertThat(as(asAdmin, a, () -> reminderSettings.current()).idleDays()).isEqualTo(21);
    assertThatThrownBy(
            () ->
                as(
                    asSol,
                    a,
                    () ->
                        reminderChoices.change(0, Map.of(ReminderKind.IDLE_TRAINEE, false), "en")))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("idleTrainee"));
    assertThatThrownBy(
            () -> as(asAdmin, a, () -> reminderSettings.change(changed.version(), 21, 0)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("waitingDays"));
    assertThat(as(asAdmin, a, () -> reminderSettings.current()).waitingDays()).isEqualTo(3);
    refusedAccess(() -> as(asAda, a, () -> reminderSettings.current()));
    refusedAccess(() -> as(asAda, a, () -> reminderSettings.change(0, 10, 10)));
  }

  private void assertField(java.util.concurrent.Callable<?> call, Fixture f, String field) {
    assertThatThrownBy(() -> as(asAda, f.school(), call))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(field));
  }

  private static RequirementProgress progress(TraineeReadiness r, Requirement requirement) {
    return r.requirements().stream()
        .filter(p -> p.requirement() == requirement)
        .findFirst()
        .orElseThrow();
  }

  private static SessionEntry entry(UUID client, LocalDate on, int minutes, Integer groupSize) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    for (ContractingElement e : ContractingElement.values()) {
      ratings.put(e, ElementRating.PARTIAL);
    }
    return new SessionEntry(
        client, on, minutes, null, ratings, Map.of(), Set.of(), 0, null, null, 40, null, null,
        groupSize);
  }

  private static SupervisionRecord supervised(UUID supervisee) {
    return new SupervisionRecord(
        supervisee,
        TODAY.minusDays(5),
        60,
        SupervisionFormat.INDIVIDUAL,
        ContractingRatings.all(ElementRating.PARTIAL),
        ProctorBalance.of(20, 50, 30),
        Set.of(DriftMarker.STORYTELLING),
        Set.of(SevenEyedMode.CLIENT),
        Set.of(),
        null,
        false,
        List.of(),
        "Private.");
  }
}
