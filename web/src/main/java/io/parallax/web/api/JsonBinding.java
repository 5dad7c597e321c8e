package io.parallax.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * The API's JSON-B, the server's defaults plus one thing: an id that is not a UUID is refused
 * through a deserializer, so that the binding names the property at fault ("Unable to deserialize
 * property 'clientId'") and the problem+json names the field, instead of an anonymous "internal
 * error".
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new Ids()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** A UUID from its text, refused with a message a client can act on. */
  static final class Ids implements JsonbDeserializer<UUID> {
    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context, Type type) {
      String text;
      try {
        text = parser.getString();
      } catch (IllegalStateException notText) {
        throw new JsonbException("an id is a UUID in quotes");
      }
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException notAnId) {
        throw new JsonbException("'" + text + "' is not an id: ids are UUIDs");
      }
    }
  }
}
