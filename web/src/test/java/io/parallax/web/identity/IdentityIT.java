package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.parallax.web.Browser;
import io.parallax.web.Deployments;
import io.parallax.web.TestIdentity;
import java.net.URL;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Login, tokens, onboarding, roles and tenancy against the real Keycloak (with its real mail sink),
 * through the deployed WAR on a real Payara Micro and PostgreSQL, in a real Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

  private static TestSchool schoolA;
  private static TestSchool schoolB;

  @Deployment
  static WebArchive deployment() {
    return Deployments.parallaxWar();
  }

  private final URL base = Deployments.baseUrl();

  private static synchronized TestSchool schoolA() throws Exception {
    if (schoolA == null) {
      schoolA = TestSchool.onboard("ida");
    }
    return schoolA;
  }

  private static synchronized TestSchool schoolB() throws Exception {
    if (schoolB == null) {
      schoolB = TestSchool.onboard("idb");
    }
    return schoolB;
  }

  @Test
  void operatorCallsTheApiWithABearerToken() throws Exception {
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());

    var schools = operator.get("api/v1/schools?size=100");

    assertThat(schools.status()).as(schools.toString()).isEqualTo(200);
    assertThat(schools.json().get("items").isArray()).isTrue();
  }

  @Test
  void anyMissingTamperedForeignOrExpiredTokenIs401() throws Exception {
    String token = Realm.token(Realm.OPERATOR, Realm.operatorPassword());
    String tampered = token.substring(0, token.length() - 4) + "AAAA";

    assertUnauthorized(new Api(base, null).get("api/v1/schools"));
    assertUnauthorized(new Api(base, tampered).get("api/v1/schools"));
    assertUnauthorized(new Api(base, foreignToken(token)).get("api/v1/schools"));
    assertUnauthorized(new Api(base, expiredToken()).get("api/v1/schools"));
  }

  @Test
  void eachRoleSignsInAndLandsOnItsHomePage() throws Exception {
    TestSchool school = schoolA();
    Map<String, String> homes = new LinkedHashMap<>();
    homes.put(school.admin(), "/school/members.xhtml");
    homes.put(school.supervisor(), "/supervisor/caseload.xhtml");
    homes.put(school.trainee(), "/trainee/progress.xhtml");
    for (var home : homes.entrySet()) {
      ChromeDriver browser = Browser.open();
      try {
        SignIn.as(browser, base, "home.xhtml", home.getKey(), TestSchool.PASSWORD, "main");
        SignIn.waitForUrl(browser, home.getValue());
        signOut(browser);
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void operatorSignsInToTheSchoolsPageAndSignsOutOfKeycloakToo() throws Exception {
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(
          browser, base, "home.xhtml", Realm.OPERATOR, Realm.operatorPassword(), "platform-title");
      assertThat(browser.getCurrentUrl()).endsWith("/platform/schools.xhtml");
      Browser.screenshot(browser, "platform-schools");
      signOut(browser);
    } finally {
      browser.quit();
    }
  }

  @Test
  void aSchoolIsOnboardedAndItsAdminActivatesTheAccountFromTheEmail() throws Exception {
    String id = "onb-" + Long.toHexString(System.nanoTime());
    String admin = "first.admin@" + id + ".test";
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());

    var onboarded =
        operator.post(
            "api/v1/schools",
            Map.of(
                "id",
                id,
                "name",
                "Onboarded " + id,
                "adminEmail",
                admin,
                "adminFirstName",
                "First",
                "adminLastName",
                "Admin"));

    assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
    assertThat(Realm.organizationAliases()).contains(id);
    String link = Invitations.link(admin);
    ChromeDriver browser = Browser.open();
    try {
      SignIn.openActionLink(browser, link);
      browser.findElement(By.id("password-new")).sendKeys(TestSchool.PASSWORD);
      browser.findElement(By.id("password-confirm")).sendKeys(TestSchool.PASSWORD);
      browser.findElement(By.cssSelector("[type=submit]")).click();
      SignIn.continueToApplication(browser, "members-title", admin, TestSchool.PASSWORD);
      assertThat(browser.getCurrentUrl()).endsWith("/school/members.xhtml");
      Browser.screenshot(browser, "onboarded-school-members");
    } finally {
      browser.quit();
    }
    assertThat(Api.as(base, admin, TestSchool.PASSWORD).get("api/v1/members/me").status())
        .isEqualTo(200);
  }

  @Test
  void aSchoolBeyondKeycloaksFirstPageOfOrganizationsStillInvites() throws Exception {
    // Keycloak lists organizations a page at a time, by name: fill more than a page of names that
    // sort before the new school's ("School ...")
    for (int i = Realm.organizationAliases().size(); i <= 110; i++) {
      var filler = new org.keycloak.representations.idm.OrganizationRepresentation();
      String alias = "aa-filler-" + java.util.UUID.randomUUID().toString().substring(0, 8);
      filler.setName("Aa filler " + alias);
      filler.setAlias(alias);
      var domain = new org.keycloak.representations.idm.OrganizationDomainRepresentation();
      domain.setName(alias + ".test");
      filler.addDomain(domain);
      try (var created = Realm.admin().organizations().create(filler)) {
        assertThat(created.getStatus()).isEqualTo(201);
      }
    }

    TestSchool late = TestSchool.onboard("zz-late");

    assertThat(late.as(late.trainee()).get("api/v1/members/me").status()).isEqualTo(200);
  }

  /**
   * The admin client's calls to Keycloak (onboardings, invitations) and the API's own URI building
   * (a create's {@code Location}, the sign-in redirect to Keycloak, the sign-out redirect) share
   * one JAX-RS runtime; none of them may see another's. At least {@value #URI_REQUESTS} requests
   * run while the Keycloak work does, and every one answers as it should.
   */
  @Test
  void invitationsAndOnboardingsRunWhileTheApiBuildsUris() throws Exception {
    TestSchool school = schoolA();
    Api admin = school.as(school.admin());
    var keycloakWork = java.util.concurrent.Executors.newFixedThreadPool(2);
    var requests = java.util.concurrent.Executors.newFixedThreadPool(4);
    var served = new java.util.concurrent.atomic.AtomicInteger();
    List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    try {
      // the two onboardings one after the other: concurrent password grants of the one operator
      // account are refused by Keycloak now and then ("Invalid user credentials")
      var onboardings =
          List.of(
              keycloakWork.submit(
                  () -> List.of(TestSchool.onboard("conc"), TestSchool.onboard("conc"))),
              keycloakWork.submit(() -> invite(admin, 6)));
      var uriBuilders = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int worker = 0; worker < 4; worker++) {
        uriBuilders.add(
            requests.submit(
                () -> {
                  while (served.get() < URI_REQUESTS
                      || !onboardings.stream().allMatch(f -> f.isDone())) {
                    String failure = buildsUris(admin, served.incrementAndGet());
                    if (failure != null) {
                      failures.add(failure);
                    }
                  }
                  return null;
                }));
      }

      for (var onboarding : onboardings) {
        onboarding.get(10, java.util.concurrent.TimeUnit.MINUTES);
      }
      for (var uriBuilder : uriBuilders) {
        uriBuilder.get(10, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      keycloakWork.shutdownNow();
      requests.shutdownNow();
    }

    assertThat(failures).isEmpty();
    assertThat(served.get()).isGreaterThanOrEqualTo(URI_REQUESTS);
  }

  private static final int URI_REQUESTS = 2_000;

  /** One request whose answer names a URI the server built; a description if it is wrong. */
  private String buildsUris(Api admin, int n) throws Exception {
    switch (n % 3) {
      case 0 -> {
        var created = admin.post("api/v1/programs", Map.of("name", "Concurrent " + n));
        String location = created.response().headers().firstValue("Location").orElse("");
        return created.status() == 201
                && location.startsWith(base + "api/v1/programs/")
                && location.endsWith(created.json().get("id").asText())
            ? null
            : "create: " + created + " Location " + location;
      }
      case 1 -> {
        var signIn = page("home.xhtml");
        String location = signIn.headers().firstValue("Location").orElse("");
        return signIn.statusCode() == 302
                && location.startsWith(
                    TestIdentity.keycloakUrl() + "/realms/parallax/protocol/openid-connect/auth?")
                && location.contains("client_id=parallax-ui")
                && location.contains("redirect_uri=")
            ? null
            : "sign-in redirect: " + signIn.statusCode() + " Location " + location;
      }
      default -> {
        var signOut = page("logout");
        String location = signOut.headers().firstValue("Location").orElse("");
        return signOut.statusCode() == 302 && location.equals(base.toString())
            ? null
            : "sign-out redirect: " + signOut.statusCode() + " Location " + location;
      }
    }
  }

  private java.net.http.HttpResponse<Void> page(String path) throws Exception {
    return PAGES.send(
        java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
  }

  private static final java.net.http.HttpClient PAGES = java.net.http.HttpClient.newHttpClient();

  private static Void invite(Api admin, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      String email = "conc-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@ida.test";
      var invited =
          admin.post(
              "api/v1/members",
              Map.of(
                  "email",
                  email,
                  "firstName",
                  "Con",
                  "lastName",
                  "Current",
                  "roles",
                  List.of("TRAINEE")));
      assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
      assertThat(invited.response().headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("api/v1/members/"));
    }
    return null;
  }

  @Test
  void onboardingWithBadInputCreatesNothingAnywhere() throws Exception {
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    List<String> organizations = Realm.organizationAliases();

    var badId =
        operator.post(
            "api/v1/schools",
            Map.of(
                "id", "Not An Id!",
                "name", "Bad",
                "adminEmail", "x@bad.test",
                "adminFirstName", "X",
                "adminLastName", "Y"));
    var missing = operator.post("api/v1/schools", Map.of("id", "missing-fields"));
    var taken =
        operator.post(
            "api/v1/schools",
            Map.of(
                "id", schoolA().id(),
                "name", "Again",
                "adminEmail", "again@bad.test",
                "adminFirstName", "X",
                "adminLastName", "Y"));

    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.json().get("field").asText()).isEqualTo("id");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").size()).isEqualTo(4);
    assertThat(taken.status()).isEqualTo(400);
    assertThat(Realm.organizationAliases()).isEqualTo(organizations);
    assertThat(Realm.admin().users().search("again@bad.test", true)).isEmpty();
  }

  @Test
  void everyEndpointAnswersEachRoleAsExpected() throws Exception {
    TestSchool school = schoolA();
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    Api admin = school.as(school.admin());
    Api supervisor = school.as(school.supervisor());
    Api trainee = school.as(school.trainee());
    Api anonymous = new Api(base, null);
    // endpoint -> expected status for operator, school admin, supervisor, trainee, anonymous
    Map<String, List<Integer>> matrix = new LinkedHashMap<>();
    matrix.put("api/v1/schools", List.of(200, 403, 403, 403, 401));
    matrix.put("api/v1/members", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/members/me", List.of(403, 200, 200, 200, 401));
    matrix.put("api/v1/programs", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/cohorts", List.of(403, 200, 200, 200, 401));
    matrix.put("api/v1/assignments", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/enrolments", List.of(403, 200, 403, 403, 401));
    String traineeId = school.traineeId().toString();
    String cohort = cohortOf(admin);
    matrix.put("api/v1/caseload", List.of(403, 403, 200, 403, 401));
    matrix.put(
        "api/v1/supervision-sessions?superviseeId=" + traineeId, List.of(403, 403, 404, 403, 401));
    matrix.put(
        "api/v1/contracting-assessments?traineeId=" + traineeId, List.of(403, 200, 404, 403, 401));
    // the rubric is a reference text, no school's data: any signed-in caller reads it
    matrix.put("api/v1/contracting-assessments/rubric", List.of(200, 200, 200, 200, 401));
    matrix.put("api/v1/stage-assessments?traineeId=" + traineeId, List.of(403, 200, 404, 403, 401));
    matrix.put("api/v1/stage-assessments/scale", List.of(403, 200, 200, 200, 401));
    matrix.put("api/v1/scales", List.of(403, 200, 200, 200, 401));
    matrix.put("api/v1/core-issue-types", List.of(403, 200, 200, 200, 401));
    matrix.put(
        "api/v1/reports/cohorts/" + cohort + "/stages/by-scale", List.of(403, 200, 200, 403, 401));
    matrix.put("api/v1/me/clients", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/me/sessions", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/me/contracts", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/me/coaching-log", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/me/supervision-sessions", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/me/supervision-sessions/hours", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/supervision-sessions/deleted", List.of(403, 403, 200, 403, 401));
    for (String report : List.of("trend", "signals", "modelling", "stages", "rollup")) {
      matrix.put(
          "api/v1/reports/cohorts/" + cohort + "/" + report, List.of(403, 200, 200, 403, 401));
    }
    // the nightly snapshots are whole-cohort figures; a supervisor reads only their supervisees'
    matrix.put("api/v1/reports/cohorts/" + cohort + "/snapshots", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/reports/trainees/" + traineeId, List.of(403, 200, 404, 403, 401));
    matrix.put("api/v1/reports/exports", List.of(403, 200, 200, 403, 401));
    matrix.put("api/v1/calibration/exercises", List.of(403, 200, 200, 403, 401));
    matrix.put(
        "api/v1/calibration/exercises/" + java.util.UUID.randomUUID(),
        List.of(403, 404, 404, 403, 401));
    matrix.put("api/v1/calibration/history", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/calibration/choices/supervisors", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/calibration/consistency", List.of(403, 200, 200, 403, 401));
    matrix.put("api/v1/audit", List.of(403, 200, 403, 403, 401));
    matrix.put("api/v1/me/audit", List.of(403, 200, 200, 200, 401));
    matrix.put("api/v1/platform/audit", List.of(200, 403, 403, 403, 401));
    matrix.put("api/v1/accreditation/submissions", List.of(403, 403, 403, 200, 401));
    matrix.put("api/v1/accreditation/submissions/waiting", List.of(403, 403, 200, 403, 401));
    matrix.put(
        "api/v1/accreditation/submissions/" + java.util.UUID.randomUUID(),
        List.of(403, 403, 404, 404, 401));
    List<Api> callers = List.of(operator, admin, supervisor, trainee, anonymous);

    Map<String, List<Integer>> answered = new LinkedHashMap<>();
    for (var row : matrix.entrySet()) {
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Api caller : callers) {
        statuses.add(caller.get(row.getKey()).status());
      }
      answered.put(row.getKey(), statuses);
    }
    // operator, school admin, supervisor (not assigned to the trainee), trainee, anonymous
    assertThat(answered).isEqualTo(matrix);
    // the accreditation exports are files, asked for as such
    Map<String, List<Integer>> files = new LinkedHashMap<>();
    String exports = "api/v1/accreditation/exports/";
    for (String own :
        List.of("icf-coaching-log.xlsx", "icf-coaching-log.csv", "portfolio-summary.pdf")) {
      files.put(exports + own, List.of(403, 403, 403, 200, 401));
    }
    files.put(exports + "cohorts/" + cohort + "/readiness.xlsx", List.of(403, 200, 403, 403, 401));
    files.put(exports + "cohorts/" + cohort + "/readiness.csv", List.of(403, 200, 403, 403, 401));
    files.put(
        exports + "cohorts/" + java.util.UUID.randomUUID() + "/readiness.csv",
        List.of(403, 404, 403, 403, 401));
    Map<String, List<Integer>> downloaded = new LinkedHashMap<>();
    for (var row : files.entrySet()) {
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Api caller : callers) {
        statuses.add(caller.download(row.getKey(), "*/*").statusCode());
      }
      downloaded.put(row.getKey(), statuses);
    }
    assertThat(downloaded).isEqualTo(files);
    assertThat(
            admin
                .post(
                    "api/v1/schools",
                    Map.of(
                        "id", "nope-" + school.id(),
                        "name", "No",
                        "adminEmail", "n@o.test",
                        "adminFirstName", "N",
                        "adminLastName", "O"))
                .status())
        .isEqualTo(403);
    assertThat(
            trainee
                .post(
                    "api/v1/members",
                    Map.of(
                        "email", "n@o.test",
                        "firstName", "N",
                        "lastName", "O",
                        "roles", List.of("TRAINEE")))
                .status())
        .isEqualTo(403);
  }

  /** A cohort of the admin's school (opened once). */
  private static String cohortOf(Api admin) throws Exception {
    var cohorts = admin.get("api/v1/cohorts?size=1").json().get("items");
    if (cohorts.size() > 0) {
      return cohorts.get(0).get("id").asText();
    }
    String program =
        admin.post("api/v1/programs", Map.of("name", "Matrix")).json().get("id").asText();
    return admin
        .post(
            "api/v1/cohorts",
            Map.of("programId", program, "name", "Matrix cohort", "startsOn", "2026-01-05"))
        .json()
        .get("id")
        .asText();
  }

  @Test
  void anotherSchoolsIdsAreNotFoundForEveryOperation() throws Exception {
    TestSchool a = schoolA();
    Api adminA = a.as(a.admin());
    var program = adminA.post("api/v1/programs", Map.of("name", "ICF L2", "description", "PCC"));
    String programId = program.json().get("id").asText();
    var cohort =
        adminA.post(
            "api/v1/cohorts",
            Map.of("programId", programId, "name", "Autumn", "startsOn", "2026-09-01"));
    String cohortId = cohort.json().get("id").asText();
    TestSchool b = schoolB();
    Api adminB = b.as(b.admin());

    assertThat(adminB.get("api/v1/programs/" + programId).status()).isEqualTo(404);
    assertThat(adminB.get("api/v1/cohorts/" + cohortId).status()).isEqualTo(404);
    assertThat(adminB.get("api/v1/members/" + a.traineeId()).status()).isEqualTo(404);
    assertThat(
            adminB
                .put(
                    "api/v1/cohorts/" + cohortId,
                    Map.of("name", "Taken", "startsOn", "2026-09-01"),
                    "\"0\"")
                .status())
        .isEqualTo(404);
    assertThat(adminB.post("api/v1/cohorts/" + cohortId + "/archive", null, "\"0\"").status())
        .isEqualTo(404);
    assertThat(
            adminB
                .post("api/v1/members/" + a.traineeId() + "/deactivation", null, "\"0\"")
                .status())
        .isEqualTo(404);
    assertThat(adminB.get("api/v1/cohorts").json().toString()).doesNotContain(cohortId);
    assertThat(adminB.get("api/v1/members?size=100").json().toString()).doesNotContain(a.trainee());
    ChromeDriver browser = Browser.open();
    try {
      SignIn.as(browser, base, "home.xhtml", b.admin(), TestSchool.PASSWORD, "members-title");
      assertThat(browser.getPageSource()).doesNotContain(a.trainee()).contains(b.trainee());
    } finally {
      browser.quit();
    }
  }

  @Test
  void aDeactivatedMemberCanNoLongerSignInAndASuspendedSchoolIsRefused() throws Exception {
    TestSchool school = TestSchool.onboard("susp");
    Api admin = school.as(school.admin());
    var trainee = admin.get("api/v1/members/" + school.traineeId());

    var deactivated =
        admin.post("api/v1/members/" + school.traineeId() + "/deactivation", null, trainee.etag());

    assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
    assertThat(Realm.tokenResponse(school.trainee(), TestSchool.PASSWORD).has("access_token"))
        .isFalse();
    Api operator = Api.as(base, Realm.OPERATOR, Realm.operatorPassword());
    var read = operator.get("api/v1/schools/" + school.id());
    var stale = operator.post("api/v1/schools/" + school.id() + "/suspension", null, "\"99\"");
    var suspended =
        operator.post("api/v1/schools/" + school.id() + "/suspension", null, read.etag());
    var refused = admin.get("api/v1/cohorts");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(suspended.status()).isEqualTo(200);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asText()).contains("suspended");
  }

  private void signOut(ChromeDriver browser) {
    browser.findElement(By.id("nav-logout")).click();
    SignIn.waitFor(browser, "landing-title");
    browser.get(base + "home.xhtml");
    SignIn.waitFor(browser, "username");
  }

  private static void assertUnauthorized(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.contentType()).contains("application/problem+json");
  }

  /** The same claims, signed by a key that is not the realm's. */
  private static String foreignToken(String token) throws Exception {
    var claims = SignedJWT.parse(token).getJWTClaimsSet();
    var key = new RSAKeyGenerator(2048).keyID("foreign").generate();
    var forged =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("foreign").build(), claims);
    forged.sign(new RSASSASigner(key));
    return forged.serialize();
  }

  /** A real token of the realm whose lifetime has passed (the API allows 10 s of clock skew). */
  private static String expiredToken() throws Exception {
    var client = Realm.admin().clients().findByClientId("parallax-api").get(0);
    client.getAttributes().put("access.token.lifespan", "1");
    Realm.admin().clients().get(client.getId()).update(client);
    String token;
    try {
      token = Realm.token(Realm.OPERATOR, Realm.operatorPassword());
    } finally {
      // an update keeps attributes it does not name: set the realm's lifespan back explicitly
      client.getAttributes().put("access.token.lifespan", "300");
      Realm.admin().clients().get(client.getId()).update(client);
    }
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    long wait = claims.getExpirationTime().getTime() + 11_000 - new Date().getTime();
    Thread.sleep(Math.max(0, wait));
    return token;
  }
}
