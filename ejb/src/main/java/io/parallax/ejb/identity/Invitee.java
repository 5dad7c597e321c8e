package io.parallax.ejb.identity;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** Someone invited to Parallax: the account Keycloak creates for them and mails an invitation. */
public record Invitee(String email, String firstName, String lastName) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Invitee {
    require(
        email != null && EMAIL.matcher(email.strip()).matches(),
        "email",
        "Give the e-mail address the invitation goes to, e.g. name@school.org.");
    email = email.strip().toLowerCase(Locale.ROOT);
    firstName = Text.personName(firstName, "firstName", "Give the first name");
    lastName = Text.personName(lastName, "lastName", "Give the last name");
  }

  public String displayName() {
    return firstName + " " + lastName;
  }
}
