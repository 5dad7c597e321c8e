package io.parallax.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the bearer access tokens of the REST API: RS256 signature against the realm's published
 * keys (fetched and cached, refetched when Keycloak rotates them), the realm as issuer, Parallax as
 * audience, and expiry. Roles come from the {@code groups} claim, schools from {@code organization}
 * (a list of aliases, or a map keyed by alias when the realm's organization mapper adds ids).
 */
@ApplicationScoped
public class BearerTokens {

  /** How far Keycloak's clock and ours may disagree about a token's expiry. */
  static final int MAX_CLOCK_SKEW_SECONDS = 10;

  @Inject IdentitySettings settings;

  private DefaultJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void init() {
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.create(URI.create(settings.getJwksUri()).toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("parallax.keycloak.url is not a URL", e);
    }
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    var claims =
        new DefaultJWTClaimsVerifier<SecurityContext>(
            settings.getAudience(),
            new JWTClaimsSet.Builder().issuer(settings.getIssuer()).build(),
            Set.of("sub", "exp", "iat"));
    claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
  }

  public VerifiedToken verify(String token) throws TokenRefused {
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException e) {
      throw new TokenRefused("The bearer token is not a JWT.", e);
    } catch (BadJWTException e) {
      throw new TokenRefused("The bearer token was refused: " + e.getMessage(), e);
    } catch (BadJOSEException e) {
      throw new TokenRefused("The bearer token's signature is not the realm's.", e);
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new TokenRefused("The realm's keys could not be read to check the token.", e);
    }
    return new VerifiedToken(claims.getSubject(), roles(claims), organizations(claims));
  }

  private static Set<String> roles(JWTClaimsSet claims) {
    return claims.getClaim("groups") instanceof Collection<?> groups
        ? new HashSet<>(groups.stream().map(String::valueOf).toList())
        : Set.of();
  }

  static List<String> organizations(Object claim) {
    if (claim instanceof Collection<?> aliases) {
      return aliases.stream().map(String::valueOf).toList();
    }
    if (claim instanceof Map<?, ?> byAlias) {
      return byAlias.keySet().stream().map(String::valueOf).toList();
    }
    if (claim instanceof String alias) {
      return List.of(alias);
    }
    return List.of();
  }

  private static List<String> organizations(JWTClaimsSet claims) {
    return organizations(claims.getClaim("organization"));
  }
}
