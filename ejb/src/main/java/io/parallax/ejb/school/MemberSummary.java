package io.parallax.ejb.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the UI and the API show of a member. */
public record MemberSummary(
    UUID id,
    String displayName,
    String email,
    Set<MemberRole> roles,
    LocalDate initialTrainingEndedOn,
    PersonStatus status,
    long version)
    implements Serializable {

  static MemberSummary of(Person person) {
    return new MemberSummary(
        person.id(),
        person.displayName(),
        person.email(),
        person.roles(),
        person.initialTrainingEndedOn().orElse(null),
        person.status(),
        person.version());
  }
}
