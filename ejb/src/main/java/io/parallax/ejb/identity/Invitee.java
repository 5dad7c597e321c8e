package io.parallax.ejb.identity;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** Someone invited to Parallax: the account Keycloak creates for them and mails an invitation. */
public record Invitee(String email, String firstName, String lastName) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Invitee {
    require(email != null && EMAIL.matcher(email.strip()).matches(), "email", "invitee.email");
    email = email.strip().toLowerCase(Locale.ROOT);
    firstName = Text.personName(firstName, "firstName", "invitee.firstName.missing");
    lastName = Text.personName(lastName, "lastName", "invitee.lastName.missing");
  }

  public String displayName() {
    return firstName + " " + lastName;
  }
}
