package io.parallax.ejb.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every instance of a cluster sweeps the export queue ({@link ExportQueue}) every {@code
 * parallax.analysis.exports.sweep-seconds} [30] seconds and takes over the exports whose producing
 * instance died, each in its own school. The lease ({@code parallax.analysis.lease-seconds}) makes
 * sure a live producer is left alone and only one sweeper wins an abandoned export.
 */
@Singleton
@Startup
@PermitAll
public class ExportSweep {

  private static final Logger LOG = Logger.getLogger(ExportSweep.class.getName());
  private static final int AT_ONCE = 20;

  @Resource TimerService timers;
  @EJB ExportQueue queue;
  @EJB ExportProduction production;

  @Inject
  @ConfigProperty(name = "parallax.analysis.exports.sweep-seconds", defaultValue = "30")
  int sweepSeconds;

  @PostConstruct
  void schedule() {
    long every = Math.max(1, sweepSeconds) * 1000L;
    timers.createIntervalTimer(every, every, new TimerConfig("export sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    for (ExportQueue.Abandoned export : queue.abandoned(Instant.now(), AT_ONCE)) {
      try {
        production.takeOver(export.school(), export.export());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not take over export " + export.export(), e);
      }
    }
  }
}
