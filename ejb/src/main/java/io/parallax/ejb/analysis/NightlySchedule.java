package io.parallax.ejb.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When each instance asks for the night's snapshots ({@link NightlySnapshots}): by default every 5
 * minutes from 02:00 to 05:55 server time. The first ask of a night does the work on one instance;
 * the later ones skip a finished or held run and take over one whose holder died. Settings
 * (MicroProfile Config, as calendar expressions): {@code parallax.analysis.snapshots.hour} [2-5],
 * {@code .minute} [*&#47;5], {@code .second} [0].
 */
@Singleton
@Startup
@PermitAll
public class NightlySchedule {

  @Resource TimerService timers;
  @EJB NightlySnapshots snapshots;

  @Inject
  @ConfigProperty(name = "parallax.analysis.snapshots.hour", defaultValue = "2-5")
  String hour;

  @Inject
  @ConfigProperty(name = "parallax.analysis.snapshots.minute", defaultValue = "*/5")
  String minute;

  @Inject
  @ConfigProperty(name = "parallax.analysis.snapshots.second", defaultValue = "0")
  String second;

  @PostConstruct
  void schedule() {
    ScheduleExpression when = new ScheduleExpression().hour(hour).minute(minute).second(second);
    timers.createCalendarTimer(when, new TimerConfig("cohort snapshots", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ask() {
    snapshots.tonight();
  }
}
