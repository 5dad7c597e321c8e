package io.parallax.ejb.identity;

import static io.parallax.domain.DomainRuleViolation.require;

import io.parallax.domain.Text;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone invited to Parallax: the account Keycloak creates for them and mails an invitation. The
 * invitation speaks {@code language} (a language Parallax ships, {@link #LANGUAGES}; English
 * otherwise): the inviter's, since they chose the school's language and know the invitee.
 */
public record Invitee(String email, String firstName, String lastName, String language) {

  /** The languages Parallax's e-mails and sign-in pages speak; the first is the default. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public Invitee {
    require(email != null && EMAIL.matcher(email.strip()).matches(), "email", "invitee.email");
    email = email.strip().toLowerCase(Locale.ROOT);
    firstName = Text.personName(firstName, "firstName", "invitee.firstName.missing");
    lastName = Text.personName(lastName, "lastName", "invitee.lastName.missing");
    language = language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
  }

  public Invitee(String email, String firstName, String lastName) {
    this(email, firstName, lastName, null);
  }

  /** The same person, invited in the language of {@code locale} (English unless one we ship). */
  public Invitee inLanguageOf(Locale locale) {
    return new Invitee(email, firstName, lastName, locale == null ? null : locale.getLanguage());
  }

  /** The same person, invited in the first of {@code preferred} that we ship (else English). */
  public Invitee inFirstLanguageOf(List<Locale> preferred) {
    return inLanguageOf(
        preferred.stream()
            .filter(l -> LANGUAGES.contains(l.getLanguage()))
            .findFirst()
            .orElse(null));
  }

  public String displayName() {
    return firstName + " " + lastName;
  }
}
