package io.parallax.web.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalesViewTest {

  @Test
  void aRefusedLevelIsShownNextToItsRowsInput() {
    assertThat(ScalesView.clientId("levels[2].description"))
        .isEqualTo("custom-levels:2:level-description");
    assertThat(ScalesView.clientId("levels[0].name")).isEqualTo("custom-levels:0:level-name");
  }

  @Test
  void theScaleAsAWholeIsRefusedAtTheLevelsTableOrItsName() {
    assertThat(ScalesView.clientId("levels")).isEqualTo("custom-levels");
    assertThat(ScalesView.clientId("name")).isEqualTo("custom-name");
    assertThat(ScalesView.clientId(null)).isEqualTo("custom-levels");
  }
}
