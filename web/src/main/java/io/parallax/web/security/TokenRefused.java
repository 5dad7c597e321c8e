package io.parallax.web.security;

/** A bearer token that failed a check; the message says which, without echoing the token. */
public class TokenRefused extends Exception {
  public TokenRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
