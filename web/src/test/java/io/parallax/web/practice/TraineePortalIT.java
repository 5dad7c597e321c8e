package io.parallax.web.practice;

import static io.parallax.domain.contracting.ContractingElement.APPROACH;
import static io.parallax.domain.contracting.ContractingElement.FOCUS;
import static io.parallax.domain.contracting.ContractingElement.OUTCOME;
import static io.parallax.domain.contracting.ContractingElement.PARTICIPATION;
import static io.parallax.domain.contracting.ElementRating.ABSENT;
import static io.parallax.domain.contracting.ElementRating.CLEAR;
import static io.parallax.domain.contracting.ElementRating.PARTIAL;
import static io.parallax.web.callers.CallerSchools.as;
import static io.parallax.web.callers.CallerSchools.refusedWithAccessError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.ConcurrentEdit;
import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.contracting.ElementRating;
import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.DramaRole;
import io.parallax.domain.practice.PaymentBasis;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.listing.Listing;
import io.parallax.ejb.listing.Slice;
import io.parallax.ejb.practice.ClientView;
import io.parallax.ejb.practice.CoachingHours;
import io.parallax.ejb.practice.CoachingLog;
import io.parallax.ejb.practice.EngagementContractView;
import io.parallax.ejb.practice.EngagementContracts;
import io.parallax.ejb.practice.PracticeFigures;
import io.parallax.ejb.practice.PracticeMonth;
import io.parallax.ejb.practice.PracticeSessionView;
import io.parallax.ejb.practice.PracticeSessions;
import io.parallax.ejb.practice.SessionEntry;
import io.parallax.ejb.practice.TraineeProgress;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Deployments;
import io.parallax.web.callers.AsOtherTrainee;
import io.parallax.web.callers.AsSchoolAdmin;
import io.parallax.web.callers.AsSupervisor;
import io.parallax.web.callers.AsTrainee;
import io.parallax.web.callers.CallerSchools;
import io.parallax.web.callers.CallerSchools.School;
import io.parallax.web.callers.Callers;
import io.parallax.web.identity.Api;
import io.parallax.web.identity.TestSchool;
import jakarta.ejb.EJB;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainee portal's services as a trainee meets them, on PostgreSQL: logging, revising and
 * listing their own sessions, clients and contracts, the progress figures and the coaching log
 * (checked against totals computed by hand), bad input refused field by field with nothing stored,
 * and nothing of another trainee's, in the same school or another, to read or change.
 */
@ExtendWith(ArquillianExtension.class)
class TraineePortalIT {

  private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
  private static final LocalDate JAN_26 = LocalDate.of(2026, 1, 26);
  private static final LocalDate FEB_9 = LocalDate.of(2026, 2, 9);

  @Deployment
  static WebArchive deployment() {
    return Callers.addTo(Deployments.parallaxDemoWar()).addClass(DemoProbe.class);
  }

  @EJB Schools schools;
  @EJB Members members;
  @EJB PracticeSessions sessions;
  @EJB EngagementContracts contracts;
  @EJB TraineeProgress progress;
  @EJB AsSchoolAdmin asAdmin;
  @EJB AsSupervisor asSupervisor;
  @EJB AsTrainee asAda;
  @EJB AsOtherTrainee asBen;
  @EJB DemoProbe demo;

  private School newSchool() throws Exception {
    return CallerSchools.create("portal", schools, members, asAdmin);
  }

  private static Map<ContractingElement, ElementRating> rated(
      ElementRating focus, ElementRating outcome, ElementRating approach, ElementRating part) {
    Map<ContractingElement, ElementRating> ratings = new EnumMap<>(ContractingElement.class);
    ratings.put(FOCUS, focus);
    ratings.put(OUTCOME, outcome);
    ratings.put(APPROACH, approach);
    ratings.put(PARTICIPATION, part);
    return ratings;
  }

  private static SessionEntry entry(UUID client, LocalDate on, int minutes) {
    return new SessionEntry(
        client,
        on,
        minutes,
        null,
        rated(CLEAR, CLEAR, CLEAR, CLEAR),
        Map.of(),
        Set.of(),
        0,
        null,
        null,
        40,
        null,
        null);
  }

  private static SessionEntry with(SessionEntry e, UnaryOperator<Builder> change) {
    return change.apply(new Builder(e)).build();
  }

  /** A copy of an entry with one or more values changed, for tests. */
  private static final class Builder {
    UUID clientId;
    LocalDate heldOn;
    int minutes;
    PaymentBasis basis;
    Map<ContractingElement, ElementRating> ratings;
    Map<ContractingElement, String> evidence;
    Set<DriftMarker> drift;
    int count;
    Integer minute;
    String note;
    int share;
    DramaRole role;
    String reflection;

    Builder(SessionEntry e) {
      clientId = e.clientId();
      heldOn = e.heldOn();
      minutes = e.minutes();
      basis = e.paymentBasis();
      ratings = e.ratings();
      evidence = e.evidence();
      drift = e.driftMarkers();
      count = e.recontractingCount();
      minute = e.recontractingMinute();
      note = e.recontractingNote();
      share = e.responsibilityShare();
      role = e.dramaRole();
      reflection = e.reflection();
    }

    Builder set(java.util.function.Consumer<Builder> change) {
      change.accept(this);
      return this;
    }

    SessionEntry build() {
      return new SessionEntry(
          clientId,
          heldOn,
          minutes,
          basis,
          ratings,
          evidence,
          drift,
          count,
          minute,
          note,
          share,
          role,
          reflection);
    }
  }

  /**
   * Ada's fixed data set. Client A-1 (paid): Jan 12, 60 min, CLEAR/PARTIAL/ABSENT/CLEAR,
   * storytelling, 70 % responsibility; Jan 26, 45 min, all CLEAR, 2 re-contracting moments; Feb 9,
   * 30 min charged pro bono, all PARTIAL, storytelling and circling. Client B-2 (pro bono): Jan 26,
   * 50 min, all ABSENT, topic hopping. A deleted session (A-1, Feb 9, 90 min) counts nowhere; Ben's
   * session counts only for Ben.
   */
  private Map<String, UUID> adasFixedSessions(School school) throws Exception {
    UUID a = as(asAda, school, () -> sessions.addClient("A-1", PaymentBasis.PAID, false));
    UUID b = as(asAda, school, () -> sessions.addClient("B-2", PaymentBasis.PRO_BONO, false));
    log(
        school,
        with(
            entry(a, JAN_12, 60),
            x ->
                x.set(
                    y -> {
                      y.ratings = rated(CLEAR, PARTIAL, ABSENT, CLEAR);
                      y.drift = Set.of(DriftMarker.STORYTELLING);
                      y.share = 70;
                      y.role = DramaRole.RESCUER;
                    })));
    log(school, with(entry(a, JAN_26, 45), x -> x.set(y -> y.count = 2)));
    log(
        school,
        with(
            entry(a, FEB_9, 30),
            x ->
                x.set(
                    y -> {
                      y.basis = PaymentBasis.PRO_BONO;
                      y.ratings = rated(PARTIAL, PARTIAL, PARTIAL, PARTIAL);
                      y.drift = Set.of(DriftMarker.STORYTELLING, DriftMarker.CIRCLING);
                    })));
    log(
        school,
        with(
            entry(b, JAN_26, 50),
            x ->
                x.set(
                    y -> {
                      y.ratings = rated(ABSENT, ABSENT, ABSENT, ABSENT);
                      y.drift = Set.of(DriftMarker.TOPIC_HOPPING);
                    })));
    PracticeSessionView deleted = log(school, entry(a, FEB_9, 90));
    as(asAda, school, () -> run(() -> sessions.delete(deleted.id(), deleted.version())));
    UUID bens = as(asBen, school, () -> sessions.addClient("A-1", PaymentBasis.PAID, false));
    as(asBen, school, () -> sessions.log(entry(bens, JAN_12, 120)));
    return Map.of("A-1", a, "B-2", b);
  }

  private PracticeSessionView log(School school, SessionEntry entry) throws Exception {
    return as(asAda, school, () -> sessions.log(entry));
  }

  @Test
  void theDashboardFiguresAreTheTraineesOwnSessionsSummedByMonth() throws Exception {
    School school = newSchool();
    adasFixedSessions(school);

    PracticeFigures figures = as(asAda, school, progress::figures);

    assertThat(figures.months())
        .extracting(PracticeMonth::month)
        .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    PracticeMonth january = figures.months().get(0);
    PracticeMonth february = figures.months().get(1);
    assertThat(january.sessions()).isEqualTo(3);
    // 62.5 + 100 + 0 over three sessions
    assertThat(january.score()).isEqualTo(162.5 / 3);
    assertThat(january.clear()).containsEntry(FOCUS, 2L).containsEntry(APPROACH, 1L);
    assertThat(january.partial()).containsEntry(OUTCOME, 1L);
    assertThat(january.drift())
        .containsEntry(DriftMarker.STORYTELLING, 1L)
        .containsEntry(DriftMarker.TOPIC_HOPPING, 1L)
        .doesNotContainKey(DriftMarker.CIRCLING);
    assertThat(january.hours()).isEqualTo(new CoachingHours(105, 50));
    assertThat(january.rescuing()).isEqualTo(1);
    assertThat(january.recontracting()).isEqualTo(2);
    assertThat(february.sessions()).isEqualTo(1);
    assertThat(february.score()).isEqualTo(50.0);
    assertThat(february.drift())
        .containsEntry(DriftMarker.STORYTELLING, 1L)
        .containsEntry(DriftMarker.CIRCLING, 1L);
    assertThat(february.hours()).isEqualTo(new CoachingHours(0, 30));
    assertThat(figures.sessions()).isEqualTo(4);
    assertThat(figures.clients()).isEqualTo(2);
    assertThat(figures.clearShare(FOCUS)).isEqualTo(0.5);
    assertThat(figures.hours().totalHours()).isEqualByComparingTo("3.08");
  }

  @Test
  void theCoachingLogEqualsTheTotalsComputedByHand() throws Exception {
    School school = newSchool();
    adasFixedSessions(school);

    CoachingLog log = as(asAda, school, progress::coachingLog);

    assertThat(log.clients())
        .containsExactly(
            new CoachingLog.Line("A-1", JAN_12, FEB_9, 3, new CoachingHours(105, 30)),
            new CoachingLog.Line("B-2", JAN_26, JAN_26, 1, new CoachingHours(0, 50)));
    assertThat(log.total().paidHours()).isEqualByComparingTo("1.75");
    assertThat(log.total().proBonoHours()).isEqualByComparingTo("1.33");
    assertThat(log.total().totalHours()).isEqualByComparingTo("3.08");
    assertThat(log.sessions()).isEqualTo(4);
    assertThat(as(asBen, school, progress::coachingLog).total())
        .isEqualTo(new CoachingHours(120, 0));
  }

  @Test
  void aNewTraineeHasEmptyFiguresAndAnEmptyLog() throws Exception {
    School school = newSchool();

    assertThat(as(asAda, school, progress::figures).isEmpty()).isTrue();
    assertThat(as(asAda, school, progress::coachingLog).isEmpty()).isTrue();
    assertThat(as(asAda, school, () -> sessions.mine(null, null, 0, 20)).total()).isZero();
  }

  @Test
  void aSessionLoggedInFullReadsBackInFull() throws Exception {
    School school = newSchool();
    UUID client = as(asAda, school, () -> sessions.addClient("AB-07", PaymentBasis.PAID, true));
    SessionEntry full =
        new SessionEntry(
            client,
            JAN_12,
            55,
            PaymentBasis.PRO_BONO,
            rated(CLEAR, PARTIAL, ABSENT, CLEAR),
            Map.of(FOCUS, "Client named the one meeting to prepare", APPROACH, " "),
            Set.of(DriftMarker.CIRCLING),
            2,
            25,
            "Narrowed the outcome",
            65,
            DramaRole.RESCUER,
            "I solved it for her.");

    PracticeSessionView logged = log(school, full);
    PracticeSessionView read = as(asAda, school, () -> sessions.read(logged.id()));

    assertThat(read.clientCode()).isEqualTo("AB-07");
    assertThat(read.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);
    assertThat(read.evidence())
        .containsOnly(Map.entry(FOCUS, "Client named the one meeting to prepare"));
    assertThat(read.driftMarkers()).containsExactly(DriftMarker.CIRCLING);
    assertThat(read.recontractingCount()).isEqualTo(2);
    assertThat(read.recontractingMinute()).isEqualTo(25);
    assertThat(read.recontractingNote()).isEqualTo("Narrowed the outcome");
    assertThat(read.rescuing()).isTrue();
    assertThat(read.dramaRole()).isEqualTo(DramaRole.RESCUER);
    assertThat(read.reflection()).isEqualTo("I solved it for her.");
    assertThat(read.score()).isEqualTo(62.5);
  }

  @Test
  void aRevisionAtAStaleVersionStoresNothing() throws Exception {
    School school = newSchool();
    UUID client = as(asAda, school, () -> sessions.addClient("R-1", PaymentBasis.PAID, false));
    PracticeSessionView logged = log(school, entry(client, JAN_12, 60));

    PracticeSessionView revised =
        as(
            asAda,
            school,
            () ->
                sessions.revise(
                    logged.id(),
                    logged.version(),
                    with(entry(client, JAN_26, 45), x -> x.set(y -> y.reflection = "Later."))));
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    school,
                    () -> sessions.revise(logged.id(), logged.version(), entry(client, FEB_9, 30))))
        .isInstanceOf(ConcurrentEdit.class);

    PracticeSessionView stored = as(asAda, school, () -> sessions.read(logged.id()));
    assertThat(stored.heldOn()).isEqualTo(JAN_26);
    assertThat(stored.minutes()).isEqualTo(45);
    assertThat(stored.reflection()).isEqualTo("Later.");
    assertThat(stored.version()).isEqualTo(revised.version());
  }

  @Test
  void theTraineesSessionsComeByPeriodAndPageLatestFirst() throws Exception {
    School school = newSchool();
    adasFixedSessions(school);

    Slice<PracticeSessionView> january =
        as(asAda, school, () -> sessions.mine(JAN_12, LocalDate.of(2026, 1, 31), 0, 2));
    Slice<PracticeSessionView> secondPage =
        as(asAda, school, () -> sessions.mine(JAN_12, LocalDate.of(2026, 1, 31), 2, 2));

    assertThat(january.total()).isEqualTo(3);
    assertThat(january.items())
        .extracting(PracticeSessionView::heldOn)
        .containsExactly(JAN_26, JAN_26);
    assertThat(january.items()).allSatisfy(s -> assertThat(s.reflection()).isNull());
    assertThat(secondPage.items()).extracting(PracticeSessionView::heldOn).containsExactly(JAN_12);
    assertThat(as(asAda, school, () -> sessions.mine(null, null, 0, 20)).total()).isEqualTo(4);
    assertThatThrownBy(() -> as(asAda, school, () -> sessions.mine(FEB_9, JAN_12, 0, 20)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("from"));
  }

  @Test
  void badSessionInputIsRefusedForEveryFieldAndStoresNothing() throws Exception {
    School school = newSchool();
    UUID client = as(asAda, school, () -> sessions.addClient("X-1", PaymentBasis.PAID, false));
    SessionEntry good = entry(client, JAN_12, 60);
    Map<String, SessionEntry> bad = new LinkedHashMap<>();
    bad.put("heldOn", with(good, x -> x.set(y -> y.heldOn = LocalDate.now().plusDays(3))));
    bad.put("minutes", with(good, x -> x.set(y -> y.minutes = 0)));
    bad.put("focus", with(good, x -> x.set(y -> y.ratings = Map.of(OUTCOME, CLEAR))));
    bad.put(
        "outcomeEvidence",
        with(good, x -> x.set(y -> y.evidence = Map.of(OUTCOME, "x".repeat(281)))));
    bad.put("recontractingCount", with(good, x -> x.set(y -> y.count = 51)));
    bad.put(
        "recontractingMinute",
        with(
            good,
            x ->
                x.set(
                    y -> {
                      y.count = 1;
                      y.minute = 61;
                    })));
    bad.put("recontractingNote", with(good, x -> x.set(y -> y.note = "min 5")));
    bad.put("responsibilityShare", with(good, x -> x.set(y -> y.share = 101)));
    bad.put("reflection", with(good, x -> x.set(y -> y.reflection = "x".repeat(4001))));

    SoftAssertions softly = new SoftAssertions();
    for (var input : bad.entrySet()) {
      softly
          .assertThatThrownBy(() -> log(school, input.getValue()))
          .as(input.getKey())
          .isInstanceOfSatisfying(
              DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo(input.getKey()));
    }
    softly
        .assertThatThrownBy(() -> log(school, with(good, x -> x.set(y -> y.clientId = null))))
        .as("clientId")
        .isInstanceOf(NoSuchRecord.class);
    softly.assertAll();

    assertThat(as(asAda, school, () -> sessions.mine(null, null, 0, 20)).total()).isZero();
    assertThat(as(asAda, school, progress::coachingLog).isEmpty()).isTrue();
  }

  @Test
  void badClientAndContractInputIsRefusedByFieldAndStoresNothing() throws Exception {
    School school = newSchool();
    UUID client = as(asAda, school, () -> sessions.addClient("K-1", PaymentBasis.PAID, false));
    Map<String, ThrowingCallable> bad = new LinkedHashMap<>();
    bad.put(
        "code",
        () -> as(asAda, school, () -> sessions.addClient("ada@x.org", PaymentBasis.PAID, false)));
    bad.put(
        "code ",
        () ->
            as(
                asAda,
                school,
                () -> sessions.addClient("+44 7700 900123", PaymentBasis.PAID, false)));
    bad.put(
        "code  ",
        () -> as(asAda, school, () -> sessions.addClient("k-1", PaymentBasis.PAID, false)));
    bad.put("paymentBasis", () -> as(asAda, school, () -> sessions.addClient("K-2", null, false)));
    bad.put(
        "agreedOn",
        () ->
            as(
                asAda,
                school,
                () ->
                    contracts.agree(
                        client,
                        LocalDate.now().plusDays(3),
                        null,
                        null,
                        null,
                        false,
                        null,
                        ContractIntegrity.SOUND)));
    bad.put(
        "administrative",
        () ->
            as(
                asAda,
                school,
                () ->
                    contracts.agree(
                        client,
                        JAN_12,
                        "x".repeat(1001),
                        null,
                        null,
                        false,
                        null,
                        ContractIntegrity.SOUND)));
    bad.put(
        "professional",
        () ->
            as(
                asAda,
                school,
                () ->
                    contracts.agree(
                        client,
                        JAN_12,
                        null,
                        "x".repeat(1001),
                        null,
                        false,
                        null,
                        ContractIntegrity.SOUND)));
    bad.put(
        "psychological",
        () ->
            as(
                asAda,
                school,
                () ->
                    contracts.agree(
                        client,
                        JAN_12,
                        null,
                        null,
                        "x".repeat(1001),
                        false,
                        null,
                        ContractIntegrity.SOUND)));
    bad.put(
        "sponsor",
        () ->
            as(
                asAda,
                school,
                () ->
                    contracts.agree(
                        client, JAN_12, null, null, null, true, null, ContractIntegrity.SOUND)));
    bad.put(
        "integrity",
        () ->
            as(
                asAda,
                school,
                () -> contracts.agree(client, JAN_12, null, null, null, false, null, null)));

    SoftAssertions softly = new SoftAssertions();
    for (var input : bad.entrySet()) {
      softly
          .assertThatThrownBy(input.getValue())
          .as(input.getKey())
          .isInstanceOfSatisfying(
              DomainRuleViolation.class,
              v -> assertThat(v.field()).isEqualTo(input.getKey().strip()));
    }
    softly.assertAll();

    assertThat(as(asAda, school, () -> sessions.clients()))
        .extracting(ClientView::code)
        .containsExactly("K-1");
    assertThat(as(asAda, school, () -> contracts.mine(Listing.rows(0, 100)).items())).isEmpty();
  }

  @Test
  void clientsAndContractsAreRevisedAtTheVersionReadAndRemovedOnlyWithoutHistory()
      throws Exception {
    School school = newSchool();
    UUID client = as(asAda, school, () -> sessions.addClient("M-1", PaymentBasis.PAID, false));
    UUID other = as(asAda, school, () -> sessions.addClient("M-2", PaymentBasis.PAID, false));
    ClientView read = as(asAda, school, () -> sessions.client(client));
    EngagementContractView agreed =
        as(
            asAda,
            school,
            () ->
                contracts.agree(
                    client,
                    JAN_12,
                    "6 sessions",
                    null,
                    null,
                    false,
                    null,
                    ContractIntegrity.ADEQUATE));

    ClientView revised =
        as(
            asAda,
            school,
            () ->
                sessions.reviseClient(client, read.version(), "M-9", PaymentBasis.PRO_BONO, true));
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    school,
                    () ->
                        sessions.reviseClient(
                            client, read.version(), "M-8", PaymentBasis.PAID, false)))
        .isInstanceOf(ConcurrentEdit.class);
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    school,
                    () -> sessions.reviseClient(other, 0, "m-9", PaymentBasis.PAID, false)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("code"));
    EngagementContractView threeCornered =
        as(
            asAda,
            school,
            () ->
                contracts.revise(
                    agreed.id(),
                    agreed.version(),
                    JAN_26,
                    "8 sessions",
                    "Lead",
                    "Advice",
                    true,
                    "Acme Ltd",
                    ContractIntegrity.SOUND));
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    school,
                    () ->
                        contracts.revise(
                            agreed.id(),
                            agreed.version(),
                            JAN_26,
                            null,
                            null,
                            null,
                            false,
                            null,
                            ContractIntegrity.BROKEN)))
        .isInstanceOf(ConcurrentEdit.class);
    assertThatThrownBy(
            () ->
                as(
                    asAda,
                    school,
                    () -> run(() -> sessions.removeClient(client, revised.version()))))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("client"));
    as(asAda, school, () -> run(() -> sessions.removeClient(other, 0)));

    assertThat(as(asAda, school, () -> sessions.client(client)))
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("M-9");
              assertThat(c.paymentBasis()).isEqualTo(PaymentBasis.PRO_BONO);
              assertThat(c.sponsored()).isTrue();
            });
    assertThat(as(asAda, school, () -> contracts.read(agreed.id())))
        .satisfies(
            c -> {
              assertThat(c.sponsor()).isEqualTo("Acme Ltd");
              assertThat(c.integrity()).isEqualTo(ContractIntegrity.SOUND);
              assertThat(c.version()).isEqualTo(threeCornered.version());
            });
    assertThat(as(asAda, school, () -> sessions.clients()))
        .extracting(ClientView::code)
        .containsExactly("M-9");
    as(asAda, school, () -> run(() -> contracts.remove(agreed.id(), threeCornered.version())));
    assertThat(as(asAda, school, () -> contracts.mine(Listing.rows(0, 100)).items())).isEmpty();
  }

  @Test
  void aTraineeNeitherReadsNorChangesAnotherTraineesRecordsInTheSchoolOrAnother() throws Exception {
    School school = newSchool();
    School elsewhere = newSchool();
    Map<String, UUID> adas = adasFixedSessions(school);
    UUID client = adas.get("A-1");
    PracticeSessionView session =
        as(asAda, school, () -> sessions.mine(null, null, 0, 1)).items().get(0);
    EngagementContractView contract =
        as(
            asAda,
            school,
            () ->
                contracts.agree(
                    client, JAN_12, null, null, null, false, null, ContractIntegrity.SOUND));
    SessionEntry entry = entry(client, JAN_12, 60);

    Map<String, ThrowingCallable> attempts = new LinkedHashMap<>();
    for (var where :
        Map.of(
                "same school as Ben",
                List.of(asBen, school.id()),
                "other school as Ada",
                List.of(asAda, elsewhere.id()))
            .entrySet()) {
      Object who = where.getValue().get(0);
      String in = (String) where.getValue().get(1);
      String w = where.getKey() + ": ";
      attempts.put(w + "read session", () -> as(who, in, () -> sessions.read(session.id())));
      attempts.put(
          w + "revise session",
          () -> as(who, in, () -> sessions.revise(session.id(), session.version(), entry)));
      attempts.put(
          w + "delete session",
          () -> as(who, in, () -> run(() -> sessions.delete(session.id(), session.version()))));
      attempts.put(w + "restore session", () -> as(who, in, () -> sessions.restore(session.id())));
      attempts.put(w + "log for client", () -> as(who, in, () -> sessions.log(entry)));
      attempts.put(w + "read client", () -> as(who, in, () -> sessions.client(client)));
      attempts.put(
          w + "revise client",
          () ->
              as(who, in, () -> sessions.reviseClient(client, 0, "Z-1", PaymentBasis.PAID, false)));
      attempts.put(
          w + "remove client",
          () -> as(who, in, () -> run(() -> sessions.removeClient(client, 0))));
      attempts.put(w + "contracts of client", () -> as(who, in, () -> contracts.ofClient(client)));
      attempts.put(
          w + "agree for client",
          () ->
              as(
                  who,
                  in,
                  () ->
                      contracts.agree(
                          client, JAN_12, null, null, null, false, null, ContractIntegrity.SOUND)));
      attempts.put(w + "read contract", () -> as(who, in, () -> contracts.read(contract.id())));
      attempts.put(
          w + "revise contract",
          () ->
              as(
                  who,
                  in,
                  () ->
                      contracts.revise(
                          contract.id(),
                          contract.version(),
                          JAN_12,
                          null,
                          null,
                          null,
                          false,
                          null,
                          ContractIntegrity.BROKEN)));
      attempts.put(
          w + "remove contract",
          () -> as(who, in, () -> run(() -> contracts.remove(contract.id(), contract.version()))));
    }

    SoftAssertions softly = new SoftAssertions();
    attempts.forEach(
        (what, call) -> softly.assertThatThrownBy(call).as(what).isInstanceOf(NoSuchRecord.class));
    softly.assertAll();

    assertThat(as(asBen, school, () -> sessions.mine(null, null, 0, 20)).total()).isEqualTo(1);
    assertThat(as(asBen, school, () -> contracts.mine(Listing.rows(0, 100)).items())).isEmpty();
    assertThat(as(asAda, elsewhere, () -> sessions.mine(null, null, 0, 20)).total()).isZero();
    assertThat(as(asAda, elsewhere, progress::coachingLog).isEmpty()).isTrue();
    assertThat(as(asAda, elsewhere, progress::figures).isEmpty()).isTrue();
    assertThat(as(asAda, school, () -> sessions.read(session.id())).version())
        .isEqualTo(session.version());
    assertThat(as(asAda, school, () -> contracts.read(contract.id())).integrity())
        .isEqualTo(ContractIntegrity.SOUND);
    assertThat(as(asAda, school, () -> sessions.clients()))
        .extracting(ClientView::code)
        .containsExactly("A-1", "B-2");
  }

  @Test
  void onlyTraineesUseThePortalServices() throws Exception {
    School school = newSchool();
    UUID id = UUID.randomUUID();
    SessionEntry entry = entry(id, JAN_12, 60);
    Map<String, ThrowingCallable> refusals = new LinkedHashMap<>();
    for (var role : Map.of("supervisor", asSupervisor, "admin", asAdmin).entrySet()) {
      Object who = role.getValue();
      String w = role.getKey() + " ";
      refusals.put(w + "logs an entry", () -> as(who, school, () -> sessions.log(entry)));
      refusals.put(
          w + "revises an entry", () -> as(who, school, () -> sessions.revise(id, 0, entry)));
      refusals.put(w + "lists mine", () -> as(who, school, () -> sessions.mine(null, null, 0, 20)));
      refusals.put(w + "reads a client", () -> as(who, school, () -> sessions.client(id)));
      refusals.put(
          w + "revises a client",
          () ->
              as(who, school, () -> sessions.reviseClient(id, 0, "A-1", PaymentBasis.PAID, false)));
      refusals.put(
          w + "removes a client",
          () -> as(who, school, () -> run(() -> sessions.removeClient(id, 0))));
      refusals.put(
          w + "lists contracts",
          () -> as(who, school, () -> contracts.mine(Listing.rows(0, 100)).items()));
      refusals.put(w + "reads a contract", () -> as(who, school, () -> contracts.read(id)));
      refusals.put(
          w + "revises a contract",
          () ->
              as(
                  who,
                  school,
                  () ->
                      contracts.revise(
                          id, 0, JAN_12, null, null, null, false, null, ContractIntegrity.SOUND)));
      refusals.put(
          w + "removes a contract",
          () -> as(who, school, () -> run(() -> contracts.remove(id, 0))));
      refusals.put(w + "reads figures", () -> as(who, school, progress::figures));
      refusals.put(w + "reads the log", () -> as(who, school, progress::coachingLog));
    }
    SoftAssertions softly = new SoftAssertions();
    refusals.forEach(
        (what, call) -> softly.assertThat(refusedWithAccessError(call)).as(what).isTrue());
    softly.assertAll();
  }

  @Test
  void everyDemoTraineeHasHistoryForEveryChartContractsGradesAndAStageHistory() throws Exception {
    String id = "demo-" + UUID.randomUUID().toString().substring(0, 8);
    demo.write(id);

    Map<String, List<Long>> perTrainee = CallerSchools.in(id, demo::perTrainee);

    assertThat(perTrainee).hasSize(12);
    SoftAssertions softly = new SoftAssertions();
    perTrainee.forEach(
        (trainee, figures) -> {
          softly.assertThat(figures.get(0)).as(trainee + " months of sessions").isGreaterThan(3);
          softly.assertThat(figures.get(1)).as(trainee + " contracts").isEqualTo(3);
          softly.assertThat(figures.get(2)).as(trainee + " shared grades").isGreaterThan(0);
          softly.assertThat(figures.get(3)).as(trainee + " shared stages").isGreaterThan(0);
          softly.assertThat(figures.get(4)).as(trainee + " pro-bono sessions").isGreaterThan(0);
          softly.assertThat(figures.get(5)).as(trainee + " three-cornered").isEqualTo(1);
        });
    softly.assertAll();
    assertThat(perTrainee.values().stream().filter(f -> f.get(3) > 1)).hasSizeGreaterThan(6);
  }

  /**
   * Over HTTP with a trainee's real token: Bean Validation names every bad field before any service
   * is called, and an update with a stale ETag is 412 and leaves the record as it was.
   */
  /**
   * The problem details speak the caller's language: a broken domain rule and a missing record
   * asked for in German come back in German, the same asked for in English in English.
   */
  @Test
  @RunAsClient
  void overHttpTheProblemDetailsFollowAcceptLanguage() throws Exception {
    TestSchool school = TestSchool.onboard("tplang");
    Api trainee = school.as(school.trainee());
    Api german = trainee.inLanguage("de-DE,de;q=0.9,en;q=0.5");
    String client = "{\"code\":\"AB-07\",\"paymentBasis\":\"PAID\"}";
    String nobody = "api/v1/me/clients/" + UUID.randomUUID();
    trainee.send("POST", "api/v1/me/clients", client, null);

    var refusedInGerman = german.send("POST", "api/v1/me/clients", client, null);
    var refusedInEnglish = trainee.inLanguage("en").send("POST", "api/v1/me/clients", client, null);
    var missingInGerman = german.get(nobody);

    assertThat(refusedInGerman.status()).isEqualTo(400);
    assertThat(refusedInGerman.response().headers().firstValue("Content-Language")).hasValue("de");
    assertThat(refusedInGerman.json().get("title").asText()).isEqualTo("Ungültige Anfrage");
    assertThat(refusedInGerman.json().get("field").asText()).isEqualTo("code");
    assertThat(refusedInGerman.json().get("detail").asText())
        .isEqualTo(
            "Sie haben bereits eine Klientin oder einen Klienten mit diesem Kürzel: Wählen Sie"
                + " ein anderes.");
    assertThat(refusedInGerman.json().get("errors").get(0).get("message").asText())
        .isEqualTo(refusedInGerman.json().get("detail").asText());
    assertThat(refusedInEnglish.json().get("title").asText()).isEqualTo("Bad Request");
    assertThat(refusedInEnglish.json().get("detail").asText())
        .isEqualTo("You already have a client with this code: pick another one.");
    assertThat(missingInGerman.status()).isEqualTo(404);
    assertThat(missingInGerman.json().get("title").asText()).isEqualTo("Nicht gefunden");
    assertThat(missingInGerman.json().get("detail").asText())
        .isEqualTo("Diesen Datensatz (Klient/in) gibt es für Sie nicht.");

    // what the REST boundary says itself, about a request it cannot read
    var malformedInGerman = german.send("POST", "api/v1/me/clients", "{\"code\": ", null);
    assertThat(malformedInGerman.status()).isEqualTo(400);
    assertThat(malformedInGerman.json().get("detail").asText())
        .startsWith("Der Inhalt der Anfrage ist kein wohlgeformtes JSON");
    var badPageInGerman = german.get("api/v1/me/clients?size=0");
    assertThat(badPageInGerman.status()).isEqualTo(400);
    assertThat(badPageInGerman.json().get("detail").asText())
        .startsWith("size liegt zwischen 1 und");
  }

  @Test
  @RunAsClient
  void overHttpBadFieldsAreNamedAndAStaleEtagIs412() throws Exception {
    TestSchool school = TestSchool.onboard("tp");
    Api trainee = school.as(school.trainee());

    var invalid =
        trainee.send(
            "POST",
            "api/v1/me/sessions",
            "{\"minutes\": 0, \"responsibilityShare\": 140, \"focusEvidence\": \""
                + "x".repeat(281)
                + "\"}",
            null);
    var created =
        trainee.send(
            "POST", "api/v1/me/clients", "{\"code\":\"AB-07\",\"paymentBasis\":\"PAID\"}", null);
    String client = "api/v1/me/clients/" + created.json().get("id").asText();
    var read = trainee.get(client);
    var stale =
        trainee.send("PUT", client, "{\"code\":\"ZZ-99\",\"paymentBasis\":\"PRO_BONO\"}", "\"99\"");
    var after = trainee.get(client);

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    for (String field :
        List.of(
            "clientId",
            "heldOn",
            "minutes",
            "focus",
            "outcome",
            "approach",
            "participation",
            "focusEvidence",
            "responsibilityShare")) {
      assertThat(invalid.response().body()).contains("\"field\":\"" + field + "\"");
    }
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(after.json().get("code").asText()).isEqualTo("AB-07");
    assertThat(after.etag()).isEqualTo(read.etag());
  }

  @Test
  @RunAsClient
  void theOpenApiDocumentListsTheTraineeEndpoints() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(Deployments.baseUrl().toURI().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.body())
        .contains("/api/v1/me/sessions")
        .contains("/api/v1/me/clients")
        .contains("/api/v1/me/contracts")
        .contains("/api/v1/me/coaching-log.csv")
        .contains("/api/v1/me/coaching-log.xlsx");
  }

  private static Object run(Runnable work) {
    work.run();
    return null;
  }
}
