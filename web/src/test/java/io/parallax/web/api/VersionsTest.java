package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parallax.domain.ConcurrentEdit;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void aRecordIsAnsweredWithItsVersionAsAStrongEtag() {
    Response read = Versions.ok("record", 7);

    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(read.getEntity()).isEqualTo("record");
    assertThat(read.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"7\"");
  }

  @Test
  void aNewRecordIsAnsweredWithItsLocationAndEtag() {
    Response created = Versions.created(URI.create("v1/things/1"), "record", 0);

    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getEntity()).isEqualTo("record");
    assertThat(created.getLocation()).hasToString("v1/things/1");
    assertThat(created.getHeaderString(HttpHeaders.ETAG)).isEqualTo("\"0\"");
  }

  @Test
  void theVersionReadIsTakenFromStrongWeakOrBareEtags() {
    assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3);
    assertThat(Versions.fromIfMatch(" W/\"4\" ")).isEqualTo(4);
    assertThat(Versions.fromIfMatch("5")).isEqualTo(5);
  }

  @Test
  void aMissingIfMatchIsPreconditionRequired() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> Versions.fromIfMatch(missing))
          .isInstanceOfSatisfying(
              Versions.VersionMismatch.class,
              refusal -> {
                assertThat(refusal.status()).isEqualTo(Response.Status.PRECONDITION_REQUIRED);
                assertThat(refusal.message(Locale.ENGLISH))
                    .isEqualTo(
                        "Send the record's ETag in If-Match: updates and deletes need the version"
                            + " you read.");
              });
    }
  }

  @Test
  void anUnreadableIfMatchIsPreconditionFailed() {
    assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\""))
        .isInstanceOfSatisfying(
            Versions.VersionMismatch.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(Response.Status.PRECONDITION_FAILED);
              assertThat(refusal.message(Locale.ENGLISH))
                  .isEqualTo("If-Match does not hold an ETag of this record.");
            });
  }

  @Test
  void aWriteGetsTheVersionReadAndItsConcurrentEditBecomesPreconditionFailed() {
    List<Long> versionsSeen = new ArrayList<>();

    String written =
        Versions.ifMatch(
            "\"2\"",
            version -> {
              versionsSeen.add(version);
              return "written";
            });

    assertThat(written).isEqualTo("written");
    assertThat(versionsSeen).containsExactly(2L);
    assertThatThrownBy(
            () ->
                Versions.ifMatch(
                    "\"1\"",
                    version -> {
                      throw new ConcurrentEdit("client");
                    }))
        .isInstanceOfSatisfying(
            Versions.VersionMismatch.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(Response.Status.PRECONDITION_FAILED);
              assertThat(refusal.message(Locale.GERMAN)).startsWith("Jemand hat diesen Datensatz");
            });
  }

  @Test
  void aDeleteAtTheVersionReadIsNoContent() {
    List<Long> deleted = new ArrayList<>();

    Response answer = Versions.deleteIfMatch("\"9\"", deleted::add);

    assertThat(answer.getStatus()).isEqualTo(204);
    assertThat(deleted).containsExactly(9L);
  }
}
