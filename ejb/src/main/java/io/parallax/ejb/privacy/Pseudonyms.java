package io.parallax.ejb.privacy;

import java.util.Locale;
import java.util.UUID;

/**
 * The name an erased member is shown by from then on: "Pseudonym" and ten hexadecimal digits of the
 * member record's random id, the same word in every language Parallax speaks. It tells erased
 * members apart in the school's lists without saying who they were.
 */
public final class Pseudonyms {

  private Pseudonyms() {}

  public static String of(UUID memberId) {
    return "Pseudonym "
        + memberId.toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
  }
}
