package io.parallax.ejb.practice;

import io.parallax.domain.practice.ContractIntegrity;
import io.parallax.domain.practice.EngagementContract;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** An engagement contract as its trainee sees it: three levels, the sponsor, its integrity. */
public record EngagementContractView(
    UUID id,
    UUID clientId,
    String clientCode,
    LocalDate agreedOn,
    String administrative,
    String professional,
    String psychological,
    boolean threeCornered,
    String sponsor,
    ContractIntegrity integrity,
    long version)
    implements Serializable {

  static EngagementContractView of(EngagementContract contract) {
    return new EngagementContractView(
        contract.id(),
        contract.client().id(),
        contract.client().code(),
        contract.agreedOn(),
        contract.administrative().orElse(null),
        contract.professional().orElse(null),
        contract.psychological().orElse(null),
        contract.isThreeCornered(),
        contract.sponsor().orElse(null),
        contract.integrity(),
        contract.version());
  }
}
