package io.parallax.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.audit.AuditAction;
import io.parallax.ejb.audit.AuditEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static final UUID RECORD = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private static AuditEntry read(String actor, String owner) {
    return new AuditEntry(
        UUID.randomUUID(),
        Instant.parse("2026-11-29T20:15:00Z"),
        AuditAction.READ,
        "PracticeSession",
        RECORD,
        actor == null ? null : UUID.randomUUID(),
        actor,
        UUID.randomUUID(),
        owner);
  }

  @Test
  void aRowNamesWhoWhatWhichKindAndWhoseInWords() {
    AuditWords english = AuditWords.in(Locale.ENGLISH);

    assertThat(AuditCsv.heading(english))
        .isEqualTo("When,Who,What,Kind of record,Record,Whose record\r\n");
    assertThat(AuditCsv.row(read("Sol Supervisor", "Ada, Trainee"), english, ZoneOffset.UTC))
        .isEqualTo(
            "2026-11-29T20:15:00Z,Sol Supervisor,Read,Client session,"
                + RECORD
                + ",\"Ada, Trainee\"\r\n");
  }

  @Test
  void inGermanAndForSomeoneOutsideTheSchool() {
    AuditWords german = AuditWords.in(Locale.GERMAN);

    assertThat(AuditCsv.heading(german)).startsWith("Wann,Wer,Was,Art des Eintrags");
    assertThat(AuditCsv.row(read(null, "=Ada"), german, ZoneOffset.UTC))
        .contains("Jemand außerhalb der Schule,Gelesen,Klientensitzung")
        .endsWith(",'=Ada\r\n");
  }

  @Test
  void aKindThisVersionDoesNotKnowIsShownAsStored() {
    AuditEntry entry =
        new AuditEntry(
            UUID.randomUUID(),
            Instant.EPOCH,
            AuditAction.READ,
            "Diary",
            RECORD,
            null,
            null,
            null,
            null);
    assertThat(AuditWords.in(Locale.ENGLISH).kind(entry)).isEqualTo("Diary");
  }
}
