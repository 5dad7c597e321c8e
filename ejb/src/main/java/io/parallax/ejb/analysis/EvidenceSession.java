package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A session behind a signal, for a supervisor to check: its weak elements, its drift, whether it
 * shows over-responsibility (rescuing with the client, or named in supervision), and whether the
 * supervisor recorded a parallel process in it.
 */
public record EvidenceSession(
    SessionKind kind,
    UUID id,
    LocalDate heldOn,
    double score,
    Set<ContractingElement> weakElements,
    Set<DriftMarker> drift,
    boolean overResponsibility,
    boolean observation)
    implements Serializable {}
