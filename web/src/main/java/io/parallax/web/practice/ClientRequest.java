package io.parallax.web.practice;

import io.parallax.domain.practice.PaymentBasis;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A client as the API takes it. The code is checked here for its shape so that a request names
 * every bad field at once; the domain applies the same rule again (and decides).
 *
 * <p>A class with annotated fields rather than a record: Payara's OpenAPI reader fails on
 * constraints placed on record components.
 */
public class ClientRequest {

  @NotNull(message = "{parallax.clientRequest.1}")
  @Pattern(regexp = PSEUDONYM, message = "{parallax.clientRequest.2}")
  public String code;

  @NotNull(message = "{parallax.clientRequest.3}")
  public PaymentBasis paymentBasis;

  public boolean sponsored;

  /** 2 to 24 letters, digits, {@code .}, {@code _} or {@code -}, fewer than 7 digits. */
  static final String PSEUDONYM = "^(?!(?:[^0-9]*[0-9]){7})[A-Za-z0-9._-]{2,24}$";
}
