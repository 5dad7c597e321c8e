package io.parallax.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.Examples;
import io.parallax.domain.NotInTheFuture;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

  @Test
  void joinsActiveWithRolesAndANormalisedAddress() {
    Person person =
        new Person("kc-1", " Ada Coach ", "Ada@Example.ORG", Set.of(MemberRole.TRAINEE));

    assertThat(person.displayName()).isEqualTo("Ada Coach");
    assertThat(person.email()).isEqualTo("ada@example.org");
    assertThat(person.roles()).containsExactly(MemberRole.TRAINEE);
    assertThat(person.isActive()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada", "ada@", "@example.org", "ada at example.org", "a b@c.d"})
  void refusesWhatIsNotAnEmailAddress(String email) {
    assertThatThrownBy(() -> new Person("kc-1", "Ada", email, Set.of(MemberRole.TRAINEE)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("email"));
  }

  @Test
  void needsASubjectANameAndARole() {
    assertThatThrownBy(() -> new Person(" ", "Ada", "a@b.cd", Set.of(MemberRole.TRAINEE)))
        .hasMessage("A member needs their Keycloak subject.");
    assertThatThrownBy(() -> new Person("kc", "", "a@b.cd", Set.of(MemberRole.TRAINEE)))
        .hasMessage("A member needs a name.");
    assertThatThrownBy(() -> new Person("kc", "Ada", "a@b.cd", Set.of()))
        .hasMessage("A member needs at least one role.");
  }

  @Test
  void initialTrainingEndedInThePastOrToday() {
    Person trainee = Examples.trainee("Ben");

    trainee.initialTrainingEnded(NotInTheFuture.latestToday());
    assertThat(trainee.initialTrainingEndedOn()).contains(NotInTheFuture.latestToday());

    assertThatThrownBy(() -> trainee.initialTrainingEnded(NotInTheFuture.latestToday().plusDays(1)))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> assertThat(v.field()).isEqualTo("initialTrainingEndedOn"))
        .hasMessageContaining("cannot be in the future");
  }

  @Test
  void aDeactivatedMemberGetsNoNewRecords() {
    Person trainee = Examples.trainee("Cleo");
    trainee.requireActive(MemberRole.TRAINEE, "trainee");

    trainee.deactivate();

    assertThat(trainee.status()).isEqualTo(PersonStatus.DEACTIVATED);
    assertThatThrownBy(() -> trainee.requireActive(MemberRole.TRAINEE, "trainee"))
        .hasMessage("Cleo is deactivated: their records can be read, but no new ones added.");
  }

  @Test
  void aRecordNamesAMemberOnlyInARoleTheyHave() {
    Person supervisor = Examples.supervisor("Dana");

    assertThatThrownBy(() -> supervisor.requireActive(MemberRole.TRAINEE, "trainee"))
        .hasMessage("Dana is not a trainee.");
  }
}
