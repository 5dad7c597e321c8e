package io.parallax.ejb.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.identity.KeycloakDirectory;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the UI and the API show of a member. {@code status} is what is stored (active or
 * deactivated); {@code state} is where the member stands in their lifecycle (invited, invitation
 * expired, active, deactivated: {@link MemberState}).
 */
public record MemberSummary(
    UUID id,
    String displayName,
    String email,
    Set<MemberRole> roles,
    LocalDate initialTrainingEndedOn,
    PersonStatus status,
    long version,
    MemberState state,
    Instant invitedAt)
    implements Serializable {

  static MemberSummary of(Person person) {
    return new MemberSummary(
        person.id(),
        person.displayName(),
        person.email(),
        person.roles(),
        person.initialTrainingEndedOn().orElse(null),
        person.status(),
        person.version(),
        person.state(Instant.now(), KeycloakDirectory.INVITATION_LIFESPAN),
        person.invitedAt().orElse(null));
  }

  /** An invitation nobody has followed yet: it can be re-sent or cancelled. */
  public boolean isPending() {
    return state.isPending();
  }
}
