package io.parallax.domain.practice;

/**
 * Whether a client pays for the coaching. Accreditation tracks count paid and pro-bono hours
 * separately, so each client and each session carries its basis.
 */
public enum PaymentBasis {
  PAID,
  PRO_BONO
}
