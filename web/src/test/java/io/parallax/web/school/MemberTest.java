package io.parallax.web.school;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.school.MemberSummary;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberTest {

  private final MemberSummary invited =
      new MemberSummary(
          UUID.randomUUID(),
          "Pia Test",
          "pia@school.test",
          EnumSet.of(MemberRole.TRAINEE),
          null,
          PersonStatus.ACTIVE,
          3,
          MemberState.INVITATION_EXPIRED,
          Instant.parse("2026-11-01T10:00:00Z"));

  @Test
  void theApiAnswersWhatItAlwaysDidPlusTheStateInWords() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      JsonObject before = parse(jsonb.toJson(invited));
      JsonObject after = parse(jsonb.toJson(Member.of(invited, Locale.ENGLISH)));

      assertThat(after.keySet()).containsAll(before.keySet()).contains("stateLabel");
      assertThat(after.keySet()).hasSize(before.size() + 1);
      before.forEach((key, value) -> assertThat(after.get(key)).as(key).isEqualTo(value));
      assertThat(after.getString("stateLabel")).isEqualTo("Invitation expired");
    }
  }

  @Test
  void everyStateHasItsWordsInBothLanguages() {
    assertThat(Member.of(invited, Locale.GERMAN).stateLabel()).isEqualTo("Einladung abgelaufen");
    for (MemberState state : MemberState.values()) {
      assertThat(Member.label(state, Locale.ENGLISH)).isNotBlank().isNotEqualTo(state.name());
      assertThat(Member.label(state, Locale.GERMAN))
          .isNotBlank()
          .isNotEqualTo(Member.label(state, Locale.ENGLISH));
    }
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
