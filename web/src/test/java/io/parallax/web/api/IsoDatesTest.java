package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The pure parts of the REST conventions. Refusals ({@link Page.InvalidParameter}) need a JAX-RS
 * runtime: they are asserted in-container ({@code SupervisorIT}).
 */
class IsoDatesTest {

  private final IsoDates.IsoDate on = new IsoDates.IsoDate("on");

  @Test
  void anIsoDateIsParsedAndABlankOneIsAbsent() {
    assertThat(on.fromString(" 2026-03-01 ")).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(on.fromString("")).isNull();
    assertThat(on.toString(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
  }

  @Test
  void aPageIsSlicedFromABoundedList() {
    Page<Integer> second = Page.of(java.util.List.of(1, 2, 3, 4, 5), 1, 2);

    assertThat(second.items()).containsExactly(3, 4);
    assertThat(second.total()).isEqualTo(5);
    assertThat(Page.of(java.util.List.of(1, 2), 5, 2).items()).isEmpty();
  }
}
