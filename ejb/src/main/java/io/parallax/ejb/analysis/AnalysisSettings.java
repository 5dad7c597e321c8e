package io.parallax.ejb.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysis module's configuration (MicroProfile Config: system properties, environment, e.g.
 * {@code PARALLAX_ANALYSIS_SIGNAL_WINDOW_DAYS=60}). The signal thresholds are documented on {@link
 * SignalThresholds}; besides them:
 *
 * <ul>
 *   <li>{@code parallax.analysis.modelling.window-days} [14]: the days before and after a
 *       supervision session whose client sessions are compared (see {@link ModellingEffect});
 *   <li>{@code parallax.analysis.trend.months} [6]: how far back a trend reaches by default;
 *   <li>{@code parallax.analysis.trend.max-days} [1100]: the longest trend one may ask for;
 *   <li>{@code parallax.analysis.lease-seconds} [300]: how long a node holds once-per-cluster work
 *       (a night's snapshots, an export's production) without renewing before another takes over.
 * </ul>
 */
@ApplicationScoped
public class AnalysisSettings {

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.window-days", defaultValue = "90")
  int windowDays;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.min-client-sessions", defaultValue = "3")
  int minClientSessions;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.min-supervision-sessions", defaultValue = "2")
  int minSupervisionSessions;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.weak-share", defaultValue = "0.6")
  double weakShare;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.drift-rate", defaultValue = "0.3")
  double driftRate;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.rescuing-share", defaultValue = "0.3")
  double rescuingShare;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.possible-at", defaultValue = "2")
  int possibleAt;

  @Inject
  @ConfigProperty(name = "parallax.analysis.signal.likely-at", defaultValue = "4")
  int likelyAt;

  @Inject
  @ConfigProperty(name = "parallax.analysis.modelling.window-days", defaultValue = "14")
  int modellingWindowDays;

  @Inject
  @ConfigProperty(name = "parallax.analysis.trend.months", defaultValue = "6")
  int trendMonths;

  @Inject
  @ConfigProperty(name = "parallax.analysis.trend.max-days", defaultValue = "1100")
  int trendMaxDays;

  @Inject
  @ConfigProperty(name = "parallax.analysis.lease-seconds", defaultValue = "300")
  int leaseSeconds;

  /** The defaults above, outside the container (tests, the benchmark command). */
  public static AnalysisSettings defaults() {
    AnalysisSettings settings = new AnalysisSettings();
    SignalThresholds t = SignalThresholds.DEFAULTS;
    settings.windowDays = t.windowDays();
    settings.minClientSessions = t.minClientSessions();
    settings.minSupervisionSessions = t.minSupervisionSessions();
    settings.weakShare = t.weakShare();
    settings.driftRate = t.driftRate();
    settings.rescuingShare = t.rescuingShare();
    settings.possibleAt = t.possibleAt();
    settings.likelyAt = t.likelyAt();
    settings.modellingWindowDays = 14;
    settings.trendMonths = 6;
    settings.trendMaxDays = 1100;
    settings.leaseSeconds = 300;
    return settings;
  }

  public SignalThresholds thresholds() {
    return new SignalThresholds(
        windowDays,
        minClientSessions,
        minSupervisionSessions,
        weakShare,
        driftRate,
        rescuingShare,
        possibleAt,
        likelyAt);
  }

  public int modellingWindowDays() {
    return modellingWindowDays;
  }

  public int trendMonths() {
    return trendMonths;
  }

  public int trendMaxDays() {
    return trendMaxDays;
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }
}
