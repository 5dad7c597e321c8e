package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonBindingTest {

  /** A request record's shape: an id field. */
  public static class Request {
    public UUID clientId;
  }

  private final JsonBinding binding = new JsonBinding();

  @Test
  void anIdIsReadFromItsText() {
    UUID id = UUID.randomUUID();

    Request read =
        binding.getContext(Request.class).fromJson("{\"clientId\":\"" + id + "\"}", Request.class);

    assertThat(read.clientId).isEqualTo(id);
  }

  @Test
  void aBadIdIsRefusedNamingItsProperty() {
    for (String bad : new String[] {"\"nope\"", "42", "true"}) {
      Throwable refused =
          catchThrowable(
              () ->
                  binding
                      .getContext(Request.class)
                      .fromJson("{\"clientId\":" + bad + "}", Request.class));

      assertThat(UnreadableBodies.field(refused)).as(bad).isEqualTo("clientId");
    }
  }
}
