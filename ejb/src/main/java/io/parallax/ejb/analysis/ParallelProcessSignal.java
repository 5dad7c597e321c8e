package io.parallax.ejb.analysis;

import io.parallax.domain.contracting.ContractingElement;
import io.parallax.domain.contracting.DriftMarker;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a trainee's weak contracting with clients recurs in their supervision (parallel process),
 * with the reasons: the mirrored elements and drift markers, over-responsibility in both places,
 * the supervisor's own observations, the weak shares compared and the evidence sessions.
 */
public record ParallelProcessSignal(
    UUID trainee,
    String traineeName,
    SignalLevel level,
    int points,
    boolean enoughSessions,
    long clientSessions,
    long supervisionSessions,
    Set<ContractingElement> mirroredElements,
    Set<DriftMarker> mirroredDrift,
    boolean overResponsibility,
    long observations,
    Map<ContractingElement, Double> clientWeakShare,
    Map<ContractingElement, Double> supervisionWeakShare,
    List<EvidenceSession> evidence)
    implements Serializable {

  ParallelProcessSignal named(String name) {
    return new ParallelProcessSignal(
        trainee,
        name,
        level,
        points,
        enoughSessions,
        clientSessions,
        supervisionSessions,
        mirroredElements,
        mirroredDrift,
        overResponsibility,
        observations,
        clientWeakShare,
        supervisionWeakShare,
        evidence);
  }

  ParallelProcessSignal withEvidence(List<EvidenceSession> sessions) {
    return new ParallelProcessSignal(
        trainee,
        traineeName,
        level,
        points,
        enoughSessions,
        clientSessions,
        supervisionSessions,
        mirroredElements,
        mirroredDrift,
        overResponsibility,
        observations,
        clientWeakShare,
        supervisionWeakShare,
        List.copyOf(sessions));
  }
}
