/**
 * Who is calling: the caller's principal (their Keycloak subject) and roles come from the
 * container's security context, never from a request parameter. Services check roles with
 * {@code @RolesAllowed} and rows with the caller's {@link io.parallax.domain.school.Person}.
 */
package io.parallax.ejb.security;
