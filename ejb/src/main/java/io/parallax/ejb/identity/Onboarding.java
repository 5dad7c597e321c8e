package io.parallax.ejb.identity;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.audit.PlatformAction;
import io.parallax.domain.school.School;
import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.audit.PlatformAuditTrail;
import io.parallax.ejb.school.Members;
import io.parallax.ejb.school.SchoolDefaults;
import io.parallax.ejb.school.SchoolSummary;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A platform admin brings a school on board: its Keycloak organization, its row and defaults in
 * Parallax, and its first school admin, invited by e-mail. All or nothing: when any step fails, the
 * database rolls back and what was created in Keycloak is deleted again.
 */
@Stateless
public class Onboarding {

  @Inject KeycloakDirectory directory;
  @Inject Compensations compensations;
  @Inject PlatformAuditTrail audit;
  @EJB Schools schools;
  @EJB SchoolDefaults defaults;
  @EJB Members members;

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public SchoolSummary onboard(String id, String name, Invitee firstAdmin) {
    return onboard(id, name, null, firstAdmin);
  }

  /** Onboards a school working in {@code timeZone} (blank or null: Parallax's default zone). */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public SchoolSummary onboard(String id, String name, String timeZone, Invitee firstAdmin) {
    School school = new School(id, name);
    school.workIn(timeZone);
    require(schools.status(school.id()).isEmpty(), "id", "onboarding.id", id);
    String organization = directory.createOrganization(school.id(), school.name());
    compensations.onRollback(
        "organization " + school.id(), () -> directory.deleteOrganization(organization));
    String admin = directory.createMember(organization, firstAdmin, List.of(Roles.SCHOOL_ADMIN));
    compensations.onRollback("account " + firstAdmin.email(), () -> directory.deleteUser(admin));
    SchoolSummary onboarded =
        CurrentSchool.callAs(
            school.id(),
            () -> {
              schools.register(
                  school.id(), school.name(), school.timeZone().map(z -> z.getId()).orElse(null));
              defaults.seed();
              members.addFounder(admin, firstAdmin);
              audit.record(PlatformAction.ONBOARD, school.id());
              return schools.summary(school.id());
            });
    directory.sendInvitation(admin);
    return onboarded;
  }
}
