package io.parallax.ejb.identity;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.ejb.security.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's organizations and accounts, provisioned with the Keycloak admin client as the {@code
 * parallax-provisioning} service account. A school is an organization whose alias is the school's
 * id; a member is an account in that organization with one realm role per member role. Invitations
 * are Keycloak's "execute actions" e-mails: the link lets the invitee set a password and then lands
 * them on their home page.
 */
@ApplicationScoped
public class KeycloakDirectory {

  private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());
  private static final int INVITATION_LIFESPAN_SECONDS = 72 * 3600;

  /** How long an invitation's link works: after it, the invitation has expired. */
  public static final Duration INVITATION_LIFESPAN =
      Duration.ofSeconds(INVITATION_LIFESPAN_SECONDS);

  /** The realm roles Parallax grants and revokes; the realm's other roles are left alone. */
  private static final Set<String> MEMBER_ROLES =
      Set.of(Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE);

  private static final int ORGANIZATIONS_PAGE = 100;

  @Inject
  @ConfigProperty(name = "parallax.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "parallax.keycloak.realm", defaultValue = "parallax")
  String realm;

  @Inject
  @ConfigProperty(name = "parallax.provisioning.client.id", defaultValue = "parallax-provisioning")
  String clientId;

  @Inject
  @ConfigProperty(name = "parallax.provisioning.client.secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "parallax.ui.client.id", defaultValue = "parallax-ui")
  String uiClientId;

  @Inject
  @ConfigProperty(name = "parallax.base.url")
  String baseUrl;

  private Keycloak keycloak;

  /** Creates the school's organization; answers its Keycloak id. */
  public String createOrganization(String alias, String name) {
    var organization = new OrganizationRepresentation();
    organization.setAlias(alias);
    organization.setName(name);
    organization.setEnabled(true);
    return call(
        "create the organization " + alias,
        () -> {
          try (Response created = realm().organizations().create(organization)) {
            require(created.getStatus() != 409, "id", "keycloakDirectory.id", name, alias);
            return CreatedResponseUtil.getCreatedId(created);
          }
        });
  }

  public Optional<String> organizationId(String alias) {
    return call(
        "find the organization " + alias,
        () -> {
          // Keycloak searches names and domains, not aliases; and it lists a page at a time
          // (getAll() is only the first page: once a realm had more schools, later ones were
          // "not found")
          for (int first = 0; ; first += ORGANIZATIONS_PAGE) {
            List<OrganizationRepresentation> page =
                realm().organizations().list(first, ORGANIZATIONS_PAGE);
            Optional<String> found =
                page.stream()
                    .filter(o -> alias.equals(o.getAlias()))
                    .map(OrganizationRepresentation::getId)
                    .findFirst();
            if (found.isPresent() || page.size() < ORGANIZATIONS_PAGE) {
              return found;
            }
          }
        });
  }

  public void deleteOrganization(String organizationId) {
    call(
        "delete an organization",
        () -> {
          try (Response ignored = realm().organizations().get(organizationId).delete()) {
            return null;
          }
        });
  }

  /**
   * Creates an account for {@code invitee} in the organization, with the realm roles given, and
   * answers its id (the member's subject). No e-mail yet: see {@link #sendInvitation}.
   */
  public String createMember(String organizationId, Invitee invitee, List<String> realmRoles) {
    return createMember(organizationId, invitee, realmRoles, invitee.email());
  }

  /** As {@link #createMember(String, Invitee, List)}, with a username other than the address. */
  public String createMember(
      String organizationId, Invitee invitee, List<String> realmRoles, String username) {
    var user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(invitee.email());
    user.setFirstName(invitee.firstName());
    user.setLastName(invitee.lastName());
    user.setEnabled(true);
    // the address is proven by the invitation itself: its link is the only way to a password
    user.setEmailVerified(true);
    // what the invitation e-mail (config/keycloak/themes/parallax) says: in which language, and
    // to which roles; the school is the organization the account joins
    user.setAttributes(
        Map.of(
            "locale", List.of(invitee.language()),
            "parallaxRoles", List.of(String.join(",", realmRoles))));
    return call(
        "create the account of " + invitee.email(),
        () -> {
          String userId;
          try (Response created = realm().users().create(user)) {
            require(
                created.getStatus() != 409, "email", "keycloakDirectory.email", invitee.email());
            userId = CreatedResponseUtil.getCreatedId(created);
          }
          try {
            grant(userId, realmRoles);
            try (Response added =
                realm().organizations().get(organizationId).members().addMember(userId)) {
              if (added.getStatus() >= 300) {
                throw new WebApplicationException(added);
              }
            }
            return userId;
          } catch (RuntimeException e) {
            deleteUser(userId);
            throw e;
          }
        });
  }

  /** Mails the invitation: set a password, then land in Parallax. */
  public void sendInvitation(String userId) {
    call(
        "send the invitation e-mail",
        () -> {
          realm()
              .users()
              .get(userId)
              .executeActionsEmail(
                  uiClientId,
                  baseUrl + "/home.xhtml",
                  INVITATION_LIFESPAN_SECONDS,
                  List.of("UPDATE_PASSWORD"));
          return null;
        });
  }

  public void deleteUser(String userId) {
    call(
        "delete an account",
        () -> {
          try (Response ignored = realm().users().delete(userId)) {
            return null;
          }
        });
  }

  /** A disabled account can no longer log in; its records in Parallax stay. */
  public void setEnabled(String userId, boolean enabled) {
    call(
        (enabled ? "enable" : "disable") + " an account",
        () -> {
          try {
            var user = realm().users().get(userId).toRepresentation();
            user.setEnabled(enabled);
            realm().users().get(userId).update(user);
          } catch (jakarta.ws.rs.NotFoundException gone) {
            LOG.warning(
                () -> "No Keycloak account " + userId + " to " + (enabled ? "enable" : "disable"));
          }
          return null;
        });
  }

  /**
   * Whether the account has followed its invitation: it exists, has a password (the invitation's
   * link is the only way to one) and nothing left to do (no pending required action). Empty when
   * Keycloak cannot be asked.
   */
  public Optional<Boolean> hasJoined(String userId) {
    try {
      return Optional.of(
          call(
              "read an account",
              () -> {
                try {
                  var account = realm().users().get(userId);
                  UserRepresentation user = account.toRepresentation();
                  boolean nothingToDo =
                      user.getRequiredActions() == null || user.getRequiredActions().isEmpty();
                  return nothingToDo
                      && account.credentials().stream()
                          .anyMatch(c -> CredentialRepresentation.PASSWORD.equals(c.getType()));
                } catch (jakarta.ws.rs.NotFoundException gone) {
                  return false;
                }
              }));
    } catch (DirectoryUnavailable unavailable) {
      return Optional.empty();
    }
  }

  /**
   * Gives the account exactly the Parallax realm roles {@code realmRoles} (granting the missing,
   * revoking the others of {@link #MEMBER_ROLES}), and names them for its next invitation e-mail.
   */
  public void setMemberRoles(String userId, List<String> realmRoles) {
    call(
        "change the roles of an account",
        () -> {
          var user = realm().users().get(userId);
          var held = user.roles().realmLevel().listAll();
          var revoked =
              held.stream()
                  .filter(r -> MEMBER_ROLES.contains(r.getName()))
                  .filter(r -> !realmRoles.contains(r.getName()))
                  .toList();
          if (!revoked.isEmpty()) {
            user.roles().realmLevel().remove(revoked);
          }
          var heldNames = held.stream().map(r -> r.getName()).toList();
          grant(userId, realmRoles.stream().filter(r -> !heldNames.contains(r)).toList());
          UserRepresentation account = user.toRepresentation();
          var attributes =
              new java.util.HashMap<>(
                  account.getAttributes() == null ? Map.of() : account.getAttributes());
          attributes.put("parallaxRoles", List.of(String.join(",", realmRoles)));
          account.setAttributes(attributes);
          user.update(account);
          return null;
        });
  }

  public Optional<String> userIdByUsername(String username) {
    return call(
        "find the account " + username,
        () ->
            realm().users().search(username, true).stream()
                .map(UserRepresentation::getId)
                .findFirst());
  }

  private void grant(String userId, List<String> realmRoles) {
    if (realmRoles.isEmpty()) {
      return;
    }
    var roles = realmRoles.stream().map(r -> realm().roles().get(r).toRepresentation()).toList();
    realm().users().get(userId).roles().realmLevel().add(roles);
  }

  /**
   * Runs an admin-client call (over the server's JAX-RS client: {@link JerseyClientProvider}),
   * turning Keycloak's refusals and silence into {@link DirectoryUnavailable}.
   */
  private <T> T call(String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
      LOG.warning(() -> "Keycloak could not " + what + ": HTTP " + status);
      if (status == 400) {
        throw KeycloakRefusals.of(e.getResponse());
      }
      throw new DirectoryUnavailable(
          "Keycloak could not "
              + what
              + " (HTTP "
              + status
              + (status == 500 ? ", often an unreachable mail server" : "")
              + "). Nothing was changed; try again later.",
          e);
    } catch (jakarta.ws.rs.ProcessingException e) {
      LOG.warning(() -> "Keycloak unreachable to " + what + ": " + e.getMessage());
      throw new DirectoryUnavailable(
          "Keycloak is not reachable at " + url + ". Nothing was changed; try again later.", e);
    }
  }

  private synchronized RealmResource realm() {
    if (keycloak == null) {
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(url)
              .realm(realm)
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(clientId)
              .clientSecret(clientSecret)
              .build();
    }
    return keycloak.realm(realm);
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  // --- privacy (people5): the name of an account, for the platform audit ---

  /** The first and last name (or user name) of account {@code userId}; empty when it is gone. */
  public Optional<String> displayName(String userId) {
    return call(
        "read the account " + userId,
        () -> {
          try {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            String name =
                ((user.getFirstName() == null ? "" : user.getFirstName())
                        + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                    .strip();
            return Optional.of(name.isEmpty() ? user.getUsername() : name);
          } catch (jakarta.ws.rs.NotFoundException gone) {
            return Optional.<String>empty();
          }
        });
  }

  // --- people6: a corrected name, kept in step with the account ---

  /**
   * Names account {@code userId} {@code displayName} (its last word the last name, the words before
   * it the first name; a single word is the first name) and answers the name it had, to put back
   * when the correction does not commit. Empty, and nothing changed, when the account is gone.
   */
  public Optional<String[]> rename(String userId, String displayName) {
    String[] names = firstAndLastName(displayName);
    return rename(userId, names[0], names[1]);
  }

  /** {@code [first, last]}: the last word the last name, the words before it the first name. */
  static String[] firstAndLastName(String displayName) {
    String name = displayName.strip().replaceAll("\\s+", " ");
    int lastSpace = name.lastIndexOf(' ');
    return lastSpace < 0
        ? new String[] {name, ""}
        : new String[] {name.substring(0, lastSpace), name.substring(lastSpace + 1)};
  }

  /**
   * Gives account {@code userId} the first and last name given; answers the previous ones as {@code
   * [first, last]}, empty when the account is gone.
   */
  public Optional<String[]> rename(String userId, String firstName, String lastName) {
    return call(
        "rename an account",
        () -> {
          try {
            var account = realm().users().get(userId);
            UserRepresentation user = account.toRepresentation();
            String[] before = {
              user.getFirstName() == null ? "" : user.getFirstName(),
              user.getLastName() == null ? "" : user.getLastName()
            };
            user.setFirstName(firstName);
            user.setLastName(lastName);
            account.update(user);
            return Optional.of(before);
          } catch (jakarta.ws.rs.NotFoundException gone) {
            LOG.warning(() -> "No Keycloak account " + userId + " to rename");
            return Optional.<String[]>empty();
          }
        });
  }
}
