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
      throw new NotAMember("notAMember.noSchool");
    }
    if (aliases.size() > 1) {
      throw new NotAMember("notAMember.severalSchools");
    }
    String school = aliases.get(0);
    SchoolStatus status =
        schools.status(school).orElseThrow(() -> new NotAMember("notAMember.unknownSchool"));
    if (status == SchoolStatus.SUSPENDED) {
      throw NotAMember.schoolSuspended("notAMember.suspended");
    }
    return school;
  }
}
