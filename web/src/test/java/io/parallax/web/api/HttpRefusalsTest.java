package io.parallax.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

class HttpRefusalsTest {

  @Test
  void aPathIdThatIsNoUuidIsNamed() {
    assertThat(HttpRefusals.detail(Status.NOT_FOUND, "id", "PathParamException"))
        .isEqualTo("'id' in the path is not an id: ids are UUIDs.");
  }

  @Test
  void eachRefusedRequestSaysWhatToDo() {
    assertThat(HttpRefusals.detail(Status.NOT_FOUND, null, "NotFoundException"))
        .isEqualTo("Nothing here: check the path (ids are UUIDs).");
    assertThat(HttpRefusals.detail(Status.UNSUPPORTED_MEDIA_TYPE, null, "NotSupportedException"))
        .isEqualTo("Send the request body as application/json.");
    assertThat(HttpRefusals.detail(Status.CONFLICT, null, "ClientErrorException"))
        .isEqualTo("Conflict.");
  }
}
