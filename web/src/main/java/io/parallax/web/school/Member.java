package io.parallax.web.school;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.school.MemberSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as the API answers them: what {@link MemberSummary} holds, with their state also in the
 * caller's words ({@code stateLabel}, the words the members page shows) beside its code.
 */
public record Member(
    UUID id,
    String displayName,
    String email,
    Set<MemberRole> roles,
    LocalDate initialTrainingEndedOn,
    @Schema(description = "What is stored: ACTIVE or DEACTIVATED") PersonStatus status,
    long version,
    @Schema(
            description =
                "Where the member stands: INVITED, INVITATION_EXPIRED, ACTIVE, DEACTIVATED")
        MemberState state,
    @Schema(
            description =
                "The state in words, in the request's language (Accept-Language), e.g. Invited or"
                    + " Eingeladen")
        String stateLabel,
    Instant invitedAt) {

  static Member of(MemberSummary member, Locale language) {
    return new Member(
        member.id(),
        member.displayName(),
        member.email(),
        member.roles(),
        member.initialTrainingEndedOn(),
        member.status(),
        member.version(),
        member.state(),
        label(member.state(), language),
        member.invitedAt());
  }

  /** An invitation nobody has followed yet (answered as {@code isPending}, as it always was). */
  public boolean isPending() {
    return state.isPending();
  }

  /**
   * {@code state} in the words of the members page ({@code members.state.*}) in {@code language}.
   */
  static String label(MemberState state, Locale language) {
    return ResourceBundle.getBundle(
            "io.parallax.web.messages",
            language,
            Member.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString("members.state." + state.name());
  }
}
