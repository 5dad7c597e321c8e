package io.parallax.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Page login: the OpenID Connect code flow against the {@code parallax} realm with the confidential
 * {@code parallax-ui} client. The caller's name is the token subject (the member's Keycloak id),
 * the realm roles arrive as {@code groups}. Logging out ({@link SignInPages}) also ends the
 * Keycloak session. After login everyone lands on {@code /callback}, which sends them to their home
 * page: Soteria 3.0's return to the originally requested page fails on a request without
 * parameters.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${identity.issuer}",
    clientId = "${identity.uiClientId}",
    clientSecret = "${identity.uiClientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = "groups"),
    tokenAutoRefresh = true,
    logout = @LogoutDefinition(notifyProvider = false))
public class ParallaxLogin {}
