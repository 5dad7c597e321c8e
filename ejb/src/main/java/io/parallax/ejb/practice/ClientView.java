package io.parallax.ejb.practice;

import io.parallax.domain.practice.Client;
import io.parallax.domain.practice.PaymentBasis;
import java.io.Serializable;
import java.util.UUID;

/** What a trainee sees of one of their clients: a pseudonymous code, never who they are. */
public record ClientView(
    UUID id, String code, PaymentBasis paymentBasis, boolean sponsored, long version)
    implements Serializable {

  static ClientView of(Client client) {
    return new ClientView(
        client.id(), client.code(), client.paymentBasis(), client.isSponsored(), client.version());
  }
}
