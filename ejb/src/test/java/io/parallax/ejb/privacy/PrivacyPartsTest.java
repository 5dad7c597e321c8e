package io.parallax.ejb.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.domain.contracting.DriftMarker;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.Person;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The pure parts of data rights: pseudonyms, a member's erasure, the export's files. */
class PrivacyPartsTest {

  @Test
  void aPseudonymIsStableAndSaysNothingOfThePerson() {
    UUID id = UUID.fromString("3f9a2c81-d0e4-4b7a-9c11-22aa33bb44cc");

    assertThat(Pseudonyms.of(id)).isEqualTo("Pseudonym 3F9A2C81D0").isEqualTo(Pseudonyms.of(id));
    assertThat(Pseudonyms.of(UUID.randomUUID())).isNotEqualTo(Pseudonyms.of(id));
  }

  @Test
  void anErasedMembersNameAddressAndAccountBecomeThePseudonym() {
    Person ada =
        new Person("sub-ada", "Ada Lovelace", "ada@school.test", Set.of(MemberRole.TRAINEE));
    ada.initialTrainingEnded(LocalDate.of(2025, 1, 31));
    ada.deactivate();

    ada.erase(Pseudonyms.of(ada.id()), Instant.parse("2026-11-29T20:00:00Z"));

    assertThat(ada.displayName()).isEqualTo(Pseudonyms.of(ada.id()));
    assertThat(ada.email()).endsWith("@erased.invalid").doesNotContain("ada");
    assertThat(ada.subject()).isEqualTo("erased:" + ada.id());
    assertThat(ada.isErased()).isTrue();
    assertThat(ada.initialTrainingEndedOn()).contains(LocalDate.of(2025, 1, 31));
  }

  @Test
  void anActiveMemberOrAnErasedOneIsNotErased() {
    Person ben = new Person("sub-ben", "Ben Active", "ben@school.test", Set.of(MemberRole.TRAINEE));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ben.erase("Pseudonym X", Instant.now()))
        .hasFieldOrPropertyWithValue("field", "id");
    ben.deactivate();
    ben.erase("Pseudonym X", Instant.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ben.erase("Pseudonym Y", Instant.now()))
        .hasFieldOrPropertyWithValue("field", "id");
    org.assertj.core.api.Assertions.assertThatThrownBy(ben::reactivate)
        .hasFieldOrPropertyWithValue("key", "person.erase.reactivate");
  }

  @Test
  void aTableIsWrittenAsJsonObjectsAndAsCsvRows() {
    ExportTable table =
        new ExportTable(
            "practice-sessions",
            List.of("heldOn", "driftMarkers", "reflection"),
            List.of(
                Arrays.asList(
                    LocalDate.of(2026, 3, 1),
                    Set.of(DriftMarker.values()[0]),
                    "She said \"no\", then =SUM(A1)"),
                Arrays.asList(LocalDate.of(2026, 3, 8), Set.of(), null)));

    String json = new String(table.json(), StandardCharsets.UTF_8);
    String csv = new String(table.csv(), StandardCharsets.UTF_8);

    assertThat(json)
        .startsWith("[{\"heldOn\":\"2026-03-01\",\"driftMarkers\":[\"" + DriftMarker.values()[0])
        .contains("\"reflection\":\"She said \\\"no\\\", then =SUM(A1)\"");
    assertThat(csv)
        .startsWith("\uFEFFheldOn,driftMarkers,reflection\r\n")
        .contains(
            "2026-03-01," + DriftMarker.values()[0] + ",\"She said \"\"no\"\", then =SUM(A1)\"")
        .endsWith("2026-03-08,,\r\n");
  }

  @Test
  void theZipHoldsAJsonAndACsvFilePerTable() throws Exception {
    byte[] zip =
        DataExport.zip(
            List.of(
                new ExportTable("member", List.of("name"), List.of(List.of("Ada"))),
                new ExportTable("clients", List.of("code"), List.of())));

    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactly("member.json", "member.csv", "clients.json", "clients.csv");
  }

  @Test
  void theColumnsOfATableAreTheAliasesOfItsQuery() {
    assertThat(
            DataExport.aliases(
                "select s.id as id, case when s.supervisor = :me then s.notes else null end"
                    + " as notes from SupervisionSession s"))
        .containsExactly("id", "notes");
  }
}
