package io.parallax.ejb.identity;

import io.parallax.domain.DomainRuleViolation;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value Keycloak refused (HTTP 400, e.g. a character its person-name validator does not allow):
 * the caller's to fix, so a {@link DomainRuleViolation} naming the field Keycloak names, never a
 * 500 or a "try again later".
 */
final class KeycloakRefusals {

  private static final Pattern FIELD = Pattern.compile("\"field\"\\s*:\\s*\"([A-Za-z]+)\"");
  private static final Pattern MESSAGE =
      Pattern.compile("\"(?:errorMessage|error_description|error)\"\\s*:\\s*\"([^\"]+)\"");

  private KeycloakRefusals() {}

  static DomainRuleViolation of(Response refusal) {
    return of(body(refusal));
  }

  static DomainRuleViolation of(String body) {
    Matcher field = FIELD.matcher(body);
    Matcher message = MESSAGE.matcher(body);
    Object reason =
        message.find() ? message.group(1) : DomainRuleViolation.phrase("keycloakRefusals.anyValue");
    return new DomainRuleViolation(
        field.find() ? field.group(1) : "request", "keycloakRefusals.rule", reason);
  }

  private static String body(Response refusal) {
    try {
      return refusal.readEntity(String.class);
    } catch (RuntimeException unreadable) {
      return "";
    }
  }
}
