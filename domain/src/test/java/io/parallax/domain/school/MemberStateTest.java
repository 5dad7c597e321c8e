package io.parallax.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The member lifecycle: invited → active → deactivated, and the invitation that expires. */
class MemberStateTest {

  private static final Duration LIFESPAN = Duration.ofHours(72);
  private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aMemberWhoseAccountPredatesInvitationsIsActive() {
    assertThat(person().state(SENT, LIFESPAN)).isEqualTo(MemberState.ACTIVE);
  }

  @Test
  void anInviteeIsInvitedWhileTheLinkWorksAndExpiredFromItsLastMoment() {
    Person invitee = person();
    invitee.invited(SENT);

    assertThat(invitee.state(SENT, LIFESPAN)).isEqualTo(MemberState.INVITED);
    assertThat(invitee.state(SENT.plus(LIFESPAN).minusSeconds(1), LIFESPAN))
        .isEqualTo(MemberState.INVITED);
    assertThat(invitee.state(SENT.plus(LIFESPAN), LIFESPAN))
        .isEqualTo(MemberState.INVITATION_EXPIRED);
    assertThat(invitee.awaitsJoining()).isTrue();
  }

  @Test
  void aReSentInvitationWorksForAnotherLifespan() {
    Person invitee = person();
    invitee.invited(SENT);
    Instant later = SENT.plus(Duration.ofDays(5));

    invitee.invited(later);

    assertThat(invitee.state(later.plusSeconds(60), LIFESPAN)).isEqualTo(MemberState.INVITED);
  }

  @Test
  void joiningMakesTheInviteeActiveForGoodEvenAfterTheLinkExpired() {
    Person invitee = person();
    invitee.invited(SENT);
    Instant joined = SENT.plus(Duration.ofHours(1));

    invitee.joined(joined);
    invitee.joined(joined.plus(Duration.ofDays(1)));

    assertThat(invitee.state(SENT.plus(Duration.ofDays(30)), LIFESPAN))
        .isEqualTo(MemberState.ACTIVE);
    assertThat(invitee.joinedAt()).contains(joined);
    assertThat(invitee.awaitsJoining()).isFalse();
  }

  @Test
  void aMemberWhoJoinedCannotBeInvitedAgain() {
    Person member = person();
    member.invited(SENT);
    member.joined(SENT.plusSeconds(5));

    assertThatThrownBy(() -> member.invited(SENT.plusSeconds(10)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.key()).isEqualTo("person.invited.joined"))
        .hasMessageContaining("Ada Coach");
  }

  @Test
  void deactivationWinsOverEveryOtherStateAndReactivationRestoresIt() {
    Person invitee = person();
    invitee.invited(SENT);

    invitee.deactivate();

    assertThat(invitee.state(SENT, LIFESPAN)).isEqualTo(MemberState.DEACTIVATED);
    assertThat(invitee.awaitsJoining()).isFalse();
    assertThatThrownBy(() -> invitee.invited(SENT)).isInstanceOf(DomainRuleViolation.class);

    invitee.reactivate();

    assertThat(invitee.state(SENT, LIFESPAN)).isEqualTo(MemberState.INVITED);
  }

  @Test
  void pendingIsInvitedOrExpired() {
    assertThat(MemberState.INVITED.isPending()).isTrue();
    assertThat(MemberState.INVITATION_EXPIRED.isPending()).isTrue();
    assertThat(MemberState.ACTIVE.isPending()).isFalse();
    assertThat(MemberState.DEACTIVATED.isPending()).isFalse();
  }

  @Test
  void rolesChangeButNeverToNone() {
    Person member = person();

    member.changeRoles(Set.of(MemberRole.SUPERVISOR, MemberRole.SCHOOL_ADMIN));

    assertThat(member.roles())
        .containsExactlyInAnyOrder(MemberRole.SUPERVISOR, MemberRole.SCHOOL_ADMIN);
    assertThatThrownBy(() -> member.changeRoles(Set.of()))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("roles"));
  }

  @Test
  void aNameIsCorrectedTrimmedButNeverBlank() {
    Person member = person();

    member.rename("  Ada Lovelace ");

    assertThat(member.displayName()).isEqualTo("Ada Lovelace");
    assertThatThrownBy(() -> member.rename(" "))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("displayName"));
  }

  private static Person person() {
    return new Person("kc-1", "Ada Coach", "ada@example.org", Set.of(MemberRole.TRAINEE));
  }
}
