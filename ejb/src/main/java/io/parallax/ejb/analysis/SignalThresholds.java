package io.parallax.ejb.analysis;

/**
 * The thresholds of the parallel-process signal, set by MicroProfile Config (defaults in brackets,
 * property names {@code parallax.analysis.signal.*}):
 *
 * <ul>
 *   <li>{@code window-days} [90]: the signal reads the last so many days of sessions;
 *   <li>{@code min-client-sessions} [3], {@code min-supervision-sessions} [2]: with fewer sessions
 *       in the window on either side there is too little to compare and the signal is NONE;
 *   <li>{@code weak-share} [0.6]: an element is weak in a place (client sessions, supervision
 *       sessions) when at least this share of its ratings there are ABSENT or PARTIAL; an element
 *       weak in both places is <em>mirrored</em>;
 *   <li>{@code drift-rate} [0.3]: a drift marker is typical of a place when at least this share of
 *       the sessions there show it; typical of both, it is mirrored;
 *   <li>{@code rescuing-share} [0.3]: over-responsibility shows in client sessions when at least
 *       this share of them have the coach taking more than 50 % of the responsibility (or noticing
 *       themselves as RESCUER); it is mirrored when supervision also named OVER_RESPONSIBILITY;
 *   <li>{@code possible-at} [2], {@code likely-at} [4]: the points for POSSIBLE and LIKELY, where
 *       each mirrored element scores 1, any mirrored drift 1, mirrored over-responsibility 1 and
 *       the supervisor's own observation of a parallel process 1.
 * </ul>
 */
public record SignalThresholds(
    int windowDays,
    int minClientSessions,
    int minSupervisionSessions,
    double weakShare,
    double driftRate,
    double rescuingShare,
    int possibleAt,
    int likelyAt) {

  public static final SignalThresholds DEFAULTS =
      new SignalThresholds(90, 3, 2, 0.6, 0.3, 0.3, 2, 4);
}
