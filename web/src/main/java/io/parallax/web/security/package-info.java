/**
 * Who is calling, from Keycloak. Pages log in with the OpenID Connect code flow (Jakarta Security's
 * OpenID mechanism); the REST API takes bearer access tokens of the same realm, checked here
 * (signature against the realm's keys, issuer, audience, expiry). Both give the container the
 * caller's subject as principal and realm roles as groups, and the token's {@code organization}
 * claim names the caller's school.
 */
package io.parallax.web.security;
