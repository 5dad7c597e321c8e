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

  @NotNull(message = "Give the date the contract was agreed on.")
  public LocalDate agreedOn;

  @Size(max = 1000, message = "Keep the administrative level to 1000 characters.")
  public String administrative;

  @Size(max = 1000, message = "Keep the professional level to 1000 characters.")
  public String professional;

  @Size(max = 1000, message = "Keep the psychological level to 1000 characters.")
  public String psychological;

  public boolean threeCornered;

  @Size(max = 120, message = "Keep the sponsor's name to 120 characters.")
  public String sponsor;

  @NotNull(message = "Rate the contract's integrity: SOUND, ADEQUATE, QUESTIONABLE or BROKEN.")
  public ContractIntegrity integrity;
}
