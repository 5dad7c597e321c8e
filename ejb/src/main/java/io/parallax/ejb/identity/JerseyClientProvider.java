package io.parallax.ejb.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.ext.ContextResolver;
import javax.net.ssl.SSLContext;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * The Keycloak admin client's transport: the server's own JAX-RS client (Jersey) instead of the
 * RESTEasy the client would otherwise bring into the deployable beside it. Found by the admin
 * client through {@code META-INF/services} when its {@code Keycloak} class first loads; there must
 * be exactly one. Keycloak's representations are read and written with Jackson the way its own
 * (RESTEasy-based) provider does: absent fields left out, unknown fields ignored.
 */
public class JerseyClientProvider implements ResteasyClientProvider {

  @Override
  public Client newRestEasyClient(
      Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
    if (disableTrustManager) {
      throw new UnsupportedOperationException(
          "Parallax always checks Keycloak's TLS certificate: give the JVM a trust store instead.");
    }
    // Keycloak removes role mappings with a DELETE that carries the roles as its body, which
    // Jersey refuses unless told not to check
    ClientBuilder builder =
        ClientBuilder.newBuilder()
            .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    if (customJacksonProvider != null) {
      builder.register(customJacksonProvider, 100);
    } else {
      builder.register(JacksonFeature.class).register(KeycloakJson.class);
    }
    return builder.build();
  }

  @Override
  public <R> R targetProxy(WebTarget target, Class<R> resource) {
    return WebResourceFactory.newResource(resource, target);
  }

  /** Jackson as Keycloak's representations expect it. */
  public static class KeycloakJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper =
        new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }
}
