package io.parallax.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrentSchoolTest {

  private final SchoolTenantResolver resolver = new SchoolTenantResolver();

  @Test
  void unboundWorkBelongsToNoSchool() {
    assertThat(CurrentSchool.id()).isEmpty();
    assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(SchoolTenantResolver.NO_SCHOOL);
  }

  @Test
  void bindsForTheLengthOfOneCall() throws Exception {
    String inside = CurrentSchool.callAs("north", resolver::resolveCurrentTenantIdentifier);

    assertThat(inside).isEqualTo("north");
    assertThat(CurrentSchool.id()).isEmpty();
  }

  @Test
  void reentersForTheSameSchool() throws Exception {
    String nested =
        CurrentSchool.callAs(
            "north", () -> CurrentSchool.callAs("north", () -> CurrentSchool.id().orElseThrow()));

    assertThat(nested).isEqualTo("north");
  }

  @Test
  void refusesToSwitchSchoolWithinOneUnitOfWork() {
    assertThatThrownBy(
            () -> CurrentSchool.callAs("north", () -> CurrentSchool.callAs("south", () -> "leak")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already belongs to school 'north'");
    assertThat(CurrentSchool.id()).isEmpty();
  }

  @Test
  void unbindsWhenTheWorkFails() {
    assertThatThrownBy(
            () ->
                CurrentSchool.callAs(
                    "north",
                    () -> {
                      throw new IllegalArgumentException("boom");
                    }))
        .hasMessage("boom");
    assertThat(CurrentSchool.id()).isEmpty();
  }
}
