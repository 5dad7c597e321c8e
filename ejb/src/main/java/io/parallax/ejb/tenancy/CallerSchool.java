package io.parallax.ejb.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The school of whoever is calling.
 *
 * <p>PLACEHOLDER until the identity issue lands: every caller is taken to belong to the one school
 * named by {@code parallax.placeholder-school} (default {@code demo}). The identity issue replaces
 * this by the {@code organization} claim of the caller's Keycloak token, and this placeholder must
 * not survive it.
 */
@ApplicationScoped
public class CallerSchool {

  // TODO(identity): derive the school from the caller's Keycloak organization; remove this.
  @Inject
  @ConfigProperty(name = "parallax.placeholder-school", defaultValue = "demo")
  String placeholderSchool;

  public String id() {
    return placeholderSchool;
  }
}
