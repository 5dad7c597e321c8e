package io.parallax.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON request body, before it is bound: at most {@value #LIMIT} bytes (413 beyond, read no
 * further), then {@link JsonInputPolicy}. A refusal is 400 problem+json naming the field.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

  static final int LIMIT = 1_000_000;

  /**
   * How much of a too-large body is still read and thrown away, so that an ordinary client that
   * sends its whole body before reading gets the 413 instead of a closed connection.
   */
  static final long DRAINED = 16_000_000;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return context.proceed();
    }
    byte[] body = bounded(context.getInputStream());
    try {
      context.setInputStream(new ByteArrayInputStream(JsonInputPolicy.apply(body)));
    } catch (JsonInputPolicy.Refused refused) {
      throw new WebApplicationException(
          Problem.response(Response.Status.BAD_REQUEST, refused.getMessage(), refused.field()));
    }
    return context.proceed();
  }

  static byte[] bounded(InputStream in) throws IOException {
    byte[] body = in.readNBytes(LIMIT + 1);
    if (body.length > LIMIT) {
      byte[] discarded = new byte[64 * 1024];
      long drained = 0;
      for (int read; drained < DRAINED && (read = in.read(discarded)) > 0; ) {
        drained += read;
      }
      throw new WebApplicationException(
          Problem.response(
              Response.Status.REQUEST_ENTITY_TOO_LARGE,
              "The request body is larger than Parallax takes (" + LIMIT / 1000 + " kB).",
              null));
    }
    return body;
  }
}
