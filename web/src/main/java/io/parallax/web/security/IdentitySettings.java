package io.parallax.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and how Parallax is known to it, from MicroProfile Config (environment: {@code
 * PARALLAX_KEYCLOAK_URL}, {@code PARALLAX_UI_CLIENT_SECRET}, ...). Named for the EL of {@link
 * ParallaxLogin}'s OpenID definition.
 */
@Named("identity")
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "parallax.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "parallax.keycloak.realm", defaultValue = "parallax")
  String realm;

  @Inject
  @ConfigProperty(name = "parallax.ui.client.id", defaultValue = "parallax-ui")
  String uiClientId;

  @Inject
  @ConfigProperty(name = "parallax.ui.client.secret")
  String uiClientSecret;

  @Inject
  @ConfigProperty(name = "parallax.api.audience", defaultValue = "parallax")
  String audience;

  public String getIssuer() {
    return keycloakUrl + "/realms/" + realm;
  }

  public String getJwksUri() {
    return getIssuer() + "/protocol/openid-connect/certs";
  }

  public String getUiClientId() {
    return uiClientId;
  }

  public String getUiClientSecret() {
    return uiClientSecret;
  }

  public String getAudience() {
    return audience;
  }
}
