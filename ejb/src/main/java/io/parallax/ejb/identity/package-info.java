/**
 * Identity: the school's people as Keycloak knows them. {@code KeycloakDirectory} provisions
 * organizations (one per school), accounts and invitation e-mails through the Keycloak admin client
 * with the {@code parallax-provisioning} service account; {@code Onboarding} creates a school on
 * both sides, all or nothing.
 */
package io.parallax.ejb.identity;
