package io.parallax.web.practice;

import io.parallax.domain.practice.ContractIntegrity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An engagement contract as the API takes it: the client (on create), the date agreed, the three
 * levels, whether it is three-cornered and who the sponsor is, and the coach's integrity rating.
 *
 * <p>A class with annotated fields rather than a record: Payara's OpenAPI reader fails on
 * constraints placed on record components.
 */
public class ContractRequest {

  public UUID clientId;

  @NotNull(message = "{parallax.contractRequest.1}")
  public LocalDate agreedOn;

  @Size(max = 1000, message = "{parallax.contractRequest.2}")
  public String administrative;

  @Size(max = 1000, message = "{parallax.contractRequest.3}")
  public String professional;

  @Size(max = 1000, message = "{parallax.contractRequest.4}")
  public String psychological;

  public boolean threeCornered;

  @Size(max = 120, message = "{parallax.contractRequest.5}")
  public String sponsor;

  @NotNull(message = "{parallax.contractRequest.6}")
  public ContractIntegrity integrity;
}
