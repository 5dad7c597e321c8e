package io.parallax.ejb.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.audit.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void everyFilterBecomesAConditionWithItsValueBound() {
    UUID person = UUID.randomUUID();
    UUID record = UUID.randomUUID();

    AuditFilter.Conditions conditions =
        AuditFilter.of(
                Map.of(
                    "person", person.toString(),
                    "kind", "practice_session",
                    "record", record.toString(),
                    "action", "read",
                    "from", "2026-03-01",
                    "to", "2026-03-31"))
            .conditions(BERLIN);

    assertThat(conditions.clause())
        .startsWith(" where ")
        .contains("a.id = :person", "e.recordType = :kind", "e.recordId = :record")
        .contains("e.action = :action", "e.occurredAt >= :from", "e.occurredAt < :to")
        .doesNotContain(person.toString(), "2026");
    assertThat(conditions.parameters())
        .containsEntry("person", person)
        .containsEntry("kind", "PracticeSession")
        .containsEntry("record", record)
        .containsEntry("action", AuditAction.READ)
        .containsEntry("from", Instant.parse("2026-02-28T23:00:00Z"))
        .containsEntry("to", Instant.parse("2026-03-31T22:00:00Z"));
  }

  @Test
  void noFilterIsNoCondition() {
    assertThat(AuditFilter.of(Map.of()).conditions(BERLIN).clause()).isEmpty();
    assertThat(AuditFilter.none().conditions(BERLIN).parameters()).isEmpty();
  }

  @Test
  void theMembersOwnConditionIsAddedToTheOthers() {
    AuditFilter.Conditions mine =
        AuditFilter.of(Map.of("action", "UPDATE"))
            .conditions(BERLIN)
            .and(AuditLog.MINE, Map.of("me", UUID.randomUUID()));

    assertThat(mine.clause()).contains("e.action = :action and (pt.id = :me");
    assertThat(mine.parameters()).containsKeys("action", "me");
  }

  @Test
  void aBadValueIsRefusedAtItsName() {
    assertThatThrownBy(() -> AuditFilter.of(Map.of("person", "ada")))
        .isInstanceOf(DomainRuleViolation.class)
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("person");
    assertThatThrownBy(() -> AuditFilter.of(Map.of("kind", "DIARY")))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("kind");
    assertThatThrownBy(() -> AuditFilter.of(Map.of("from", "31.03.2026")))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("from");
    assertThatThrownBy(() -> AuditFilter.of(Map.of("colour", "red")))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("filter");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedAtTo() {
    assertThatThrownBy(
            () ->
                new AuditFilter(
                    null, null, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
        .extracting(e -> ((DomainRuleViolation) e).field())
        .isEqualTo("to");
    assertThat(
            new AuditFilter(
                    null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))
                .conditions(ZoneId.of("UTC"))
                .parameters())
        .containsEntry("from", Instant.parse("2026-03-01T00:00:00Z"))
        .containsEntry("to", Instant.parse("2026-03-02T00:00:00Z"));
  }

  @Test
  void everyKindNamesTheEntityTheTrailStores() {
    assertThat(RecordKind.ofRecordType("SupervisionSession"))
        .contains(RecordKind.SUPERVISION_SESSION);
    assertThat(RecordKind.ofRecordType("Person")).contains(RecordKind.MEMBER);
    assertThat(RecordKind.ofRecordType("Diary")).isEmpty();
  }
}
