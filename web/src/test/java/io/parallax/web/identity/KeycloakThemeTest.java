package io.parallax.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Parallax Keycloak theme (config/keycloak/themes/parallax) as committed: the realm uses it for
 * sign-in and e-mails in English and German, and every word the theme says in one language it says
 * in the other.
 */
class KeycloakThemeTest {

  private static final Path KEYCLOAK = Path.of("..", "config", "keycloak");
  private static final Path THEME = KEYCLOAK.resolve("themes/parallax");

  @Test
  void theRealmUsesTheParallaxThemeInEnglishAndGerman() throws Exception {
    JsonNode realm = new ObjectMapper().readTree(KEYCLOAK.resolve("parallax-realm.json").toFile());

    assertThat(realm.get("loginTheme").asText()).isEqualTo("parallax");
    assertThat(realm.get("emailTheme").asText()).isEqualTo("parallax");
    assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
    assertThat(realm.get("supportedLocales"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("en", "de");
    // the invitation names the invitee's roles from an attribute only admins see and set
    String profile =
        realm
            .get("components")
            .get("org.keycloak.userprofile.UserProfileProvider")
            .get(0)
            .get("config")
            .get("kc.user.profile.config")
            .get(0)
            .asText();
    assertThat(profile).contains("\"name\":\"parallaxRoles\"");
  }

  @Test
  void everyMessageOfTheThemeIsInBothLanguages() throws Exception {
    for (String type : new String[] {"login", "email"}) {
      Properties en = messages(type, "en");
      Properties de = messages(type, "de");

      assertThat(de.keySet()).as(type).isEqualTo(en.keySet());
      for (String key : en.stringPropertyNames()) {
        assertThat(de.getProperty(key)).as(type + " " + key).isNotBlank();
      }
    }
    assertThat(messages("email", "de").getProperty("pxInvitationBody"))
        .isEqualTo("{0} lädt Sie als {1} zu Parallax ein.");
  }

  @Test
  void theInvitationTemplatesNameSchoolInviteeAndRoles() throws Exception {
    for (String part : new String[] {"html", "text"}) {
      String template = Files.readString(THEME.resolve("email/" + part + "/executeActions.ftl"));
      assertThat(template)
          .as(part)
          .contains("pxInvitationBody", "school()", "roles()", "invitee()", "link");
    }
  }

  private static Properties messages(String type, String language) throws Exception {
    Properties properties = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            THEME.resolve(type + "/messages/messages_" + language + ".properties"),
            StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
