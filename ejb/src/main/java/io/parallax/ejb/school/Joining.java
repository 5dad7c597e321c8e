package io.parallax.ejb.school;

import io.parallax.domain.school.Person;
import io.parallax.ejb.identity.KeycloakDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Notices that invitees have joined. Keycloak knows first: the invitation's link makes its account
 * set a password, after which the account has no required action left. Asked only about members
 * still awaiting that (a page of the members list at most); when Keycloak cannot answer, they
 * simply stay invited for now.
 */
@Dependent
class Joining {

  @Inject KeycloakDirectory directory;

  /**
   * Marks each of {@code people} who followed their invitation as joined (managed entities);
   * answers whether anyone did, so that the caller flushes before reading versions.
   */
  boolean notice(Collection<? extends Person> people) {
    List<Person> joined =
        people.stream()
            .filter(Person::awaitsJoining)
            .filter(person -> directory.hasJoined(person.subject()).orElse(false))
            .map(Person.class::cast)
            .toList();
    joined.forEach(person -> person.joined(Instant.now()));
    return !joined.isEmpty();
  }

  boolean notice(Person person) {
    return notice(List.of(person));
  }
}
