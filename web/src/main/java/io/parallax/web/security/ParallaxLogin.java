package io.parallax.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Page login: the OpenID Connect code flow against the {@code parallax} realm with the confidential
 * {@code parallax-ui} client. The caller's name is the token subject (the member's Keycloak id),
 * the realm roles arrive as {@code groups}. Logging out also ends the Keycloak session.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${identity.issuer}",
    clientId = "${identity.uiClientId}",
    clientSecret = "${identity.uiClientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = true,
    scope = {"openid", "email", "profile"},
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = "groups"),
    tokenAutoRefresh = true,
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class ParallaxLogin {}
