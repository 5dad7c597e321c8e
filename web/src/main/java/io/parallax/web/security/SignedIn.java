package io.parallax.web.security;

import io.parallax.ejb.tenancy.OrganizationMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page caller's sign-in, kept in their HTTP session as a plain serializable attribute so that it
 * travels with the session to every node of a cluster. The OpenID Connect mechanism's own state
 * (Soteria's session-scoped {@code OpenIdContext}) cannot be serialized, so a node that did not see
 * the sign-in would find nobody signed in; with this record any node recognises the caller until
 * they sign out or the session ends. It holds who they are (subject, organizations, roles) and the
 * identity token, which signing out names to Keycloak; no coaching data.
 */
public record SignedIn(
    String subject, List<String> organizations, Set<String> roles, String identityToken)
    implements Serializable {

  static final String ATTRIBUTE = SignedIn.class.getName();

  public SignedIn {
    organizations = List.copyOf(organizations);
    roles = Set.copyOf(roles);
  }

  /** The caller as every module reads them (see {@code CallerOrganizations}). */
  OrganizationMember member() {
    return new OrganizationMember(subject, organizations);
  }

  /** The sign-in kept in {@code request}'s session, if any. */
  static Optional<SignedIn> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(ATTRIBUTE))
            .filter(SignedIn.class::isInstance)
            .map(SignedIn.class::cast);
  }

  /** Keeps this sign-in in {@code request}'s session (set anew, so that the session replicates). */
  void keepIn(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }
}
