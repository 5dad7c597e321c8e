package io.parallax.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTest {

  @ParameterizedTest
  @ValueSource(strings = {"demo", "north-coaching", "a1", "school-2026"})
  void acceptsSlugIds(String id) {
    School school = new School(id, "North Coaching Academy");

    assertThat(school.id()).isEqualTo(id);
    assertThat(school.status()).isEqualTo(SchoolStatus.ACTIVE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "-demo", "Demo", "demo school", "demo_school", "-"})
  void refusesIdsThatAreNotSlugs(String id) {
    assertThatThrownBy(() -> new School(id, "Name"))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("id"));
  }

  @Test
  void refusesTooLongIds() {
    assertThat(new School("a".repeat(63), "Name").id()).hasSize(63);
    assertThatThrownBy(() -> new School("a".repeat(64), "Name"))
        .isInstanceOf(DomainRuleViolation.class);
  }

  @Test
  void suspendsAndReactivates() {
    School school = new School("demo", "Demo");

    school.suspend();
    assertThat(school.status()).isEqualTo(SchoolStatus.SUSPENDED);

    school.reactivate();
    assertThat(school.status()).isEqualTo(SchoolStatus.ACTIVE);
  }

  @Test
  void worksInTheTimeZoneItChoosesOrTheDefault() {
    School school = new School("tz", "Aotearoa Coaching");
    assertThat(school.timeZone()).isEmpty();

    school.workIn(" Pacific/Auckland ");
    assertThat(school.timeZone()).contains(java.time.ZoneId.of("Pacific/Auckland"));

    school.workIn("");
    assertThat(school.timeZone()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "Europe/Berlim", "GMT+99", "../etc"})
  void refusesATimeZoneThatIsNone(String zone) {
    School school = new School("tz", "Aotearoa Coaching");

    assertThatThrownBy(() -> school.workIn(zone))
        .isInstanceOfSatisfying(
            DomainRuleViolation.class,
            v -> {
              assertThat(v.field()).isEqualTo("timeZone");
              assertThat(v.getMessage()).contains(zone);
            });
    assertThat(school.timeZone()).isEmpty();
  }
}
