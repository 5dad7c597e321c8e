package io.parallax.ejb.tenancy;

import io.parallax.domain.school.SchoolStatus;
import io.parallax.ejb.school.Schools;
import io.parallax.ejb.security.NotAMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The school of whoever is calling: the one Keycloak organization their token names (a school's id
 * is its organization's alias), never a request parameter. A caller without one, with several, or
 * of a school that is not registered or is suspended is refused ({@link NotAMember}: 403).
 */
@ApplicationScoped
public class CallerSchool {

  @Inject CallerOrganizations organizations;
  @Inject Schools schools;

  public String id() {
    List<String> aliases = organizations.aliases();
    if (aliases.isEmpty()) {
      throw new NotAMember(
          "Your account does not belong to a school in Parallax: ask your school's administrator"
              + " for an invitation.");
    }
    if (aliases.size() > 1) {
      throw new NotAMember(
          "Your account belongs to several schools; Parallax serves one school per account.");
    }
    String school = aliases.get(0);
    SchoolStatus status =
        schools
            .status(school)
            .orElseThrow(() -> new NotAMember("Your school is not registered in Parallax."));
    if (status == SchoolStatus.SUSPENDED) {
      throw NotAMember.schoolSuspended(
          "Your school's access to Parallax is suspended: contact the Parallax operator.");
    }
    return school;
  }
}
