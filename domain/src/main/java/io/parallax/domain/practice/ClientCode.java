package io.parallax.domain.practice;

import static io.parallax.domain.DomainRuleViolation.require;

import java.util.regex.Pattern;

/**
 * The rule for a client's code: a pseudonym the trainee chooses (e.g. {@code AB-07}), never a name
 * or contact data. Parallax stores no data that identifies a client, so what looks like an e-mail
 * address or a phone number is refused. The messages do not repeat the value refused: it may be
 * exactly the identifying data that must not reach a log.
 */
final class ClientCode {

  static final int MAX_LENGTH = 24;

  /** Seven digits make a phone number in most countries ("0612345678", "+44 7700 900123"). */
  static final int PHONE_DIGITS = 7;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{2," + MAX_LENGTH + "}");

  private static final String PSEUDONYMOUS =
      " Clients are recorded as pseudonymous codes (e.g. AB-07): Parallax stores no data that"
          + " identifies them.";

  private ClientCode() {}

  static String of(String value, String field) {
    require(value != null && !value.isBlank(), field, "clientCode.rule");
    String code = value.strip();
    require(!code.contains("@"), field, "clientCode.rule.2");
    require(
        code.chars().filter(Character::isDigit).count() < PHONE_DIGITS,
        field,
        "clientCode.rule.3",
        PHONE_DIGITS);
    require(FORMAT.matcher(code).matches(), field, "clientCode.rule.4", MAX_LENGTH);
    return code;
  }
}
