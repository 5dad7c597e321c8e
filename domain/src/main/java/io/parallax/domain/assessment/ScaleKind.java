package io.parallax.domain.assessment;

/** Where a developmental scale comes from. */
public enum ScaleKind {
  /** Stoltenberg &amp; Delworth's Integrated Developmental Model: levels 1, 2, 3 and 3i. */
  IDM,
  /** The EMCC competence levels: Foundation to Master Practitioner. */
  EMCC,
  /** The ICF credentials: ACC, PCC, MCC. */
  ICF,
  /** Entrustment levels 1 to 5: how much of the work the trainee can be trusted with alone. */
  ENTRUSTMENT,
  /** A scale the school defines itself. */
  CUSTOM
}
