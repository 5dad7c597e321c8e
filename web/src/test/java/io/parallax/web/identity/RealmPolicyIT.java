package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's sign-in rules, against the run's real Keycloak (no Parallax needed): passwords of at
 * least 12 characters that are not the username or e-mail, and an account locked after 10 wrong
 * passwords, so that even the right one is refused for the lockout period.
 */
class RealmPolicyIT {

  private static final String PASSWORD = "Parallax-policy-1";

  @Test
  void shortOrGuessablePasswordsAreRefused() {
    String username = "policy-" + UUID.randomUUID();
    String id = account(username);

    assertThatThrownBy(() -> setPassword(id, "Short-1")).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> setPassword(id, username)).isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> setPassword(id, username + "@policy.test"))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void tenWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
    String username = "lockout-" + UUID.randomUUID();
    setPassword(account(username), PASSWORD);
    assertThat(Realm.tokenResponse(username, PASSWORD).has("access_token")).isTrue();

    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(Realm.tokenResponse(username, "Wrong-password-" + attempt).has("access_token"))
          .isFalse();
    }

    assertThat(Realm.tokenResponse(username, PASSWORD).has("access_token")).isFalse();
  }

  private static String account(String username) {
    var user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(username + "@policy.test");
    user.setFirstName("Policy");
    user.setLastName("Test");
    user.setEnabled(true);
    user.setEmailVerified(true);
    user.setRequiredActions(List.of());
    try (var created = Realm.admin().users().create(user)) {
      return CreatedResponseUtil.getCreatedId(created);
    }
  }

  private static void setPassword(String userId, String password) {
    var credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(false);
    Realm.admin().users().get(userId).resetPassword(credential);
  }
}
