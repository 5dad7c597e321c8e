package io.parallax.ejb.reminder;

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
 * When each instance asks for the day's reminders ({@link ReminderRun}): a non-persistent calendar
 * timer, by default every 15 minutes from 07:00 to 08:45 server time. The first ask of a day does
 * the work on one instance; the later ones skip a finished or held run, and take over one whose
 * holder died or whose mails the SMTP server refused. Settings (MicroProfile Config, as calendar
 * expressions): {@code parallax.reminders.hour} [7-8], {@code .minute} [*&#47;15], {@code .second}
 * [0].
 */
@Singleton
@Startup
@PermitAll
public class ReminderSchedule {

  @Resource TimerService timers;
  @EJB ReminderRun run;

  @Inject
  @ConfigProperty(name = "parallax.reminders.hour", defaultValue = "7-8")
  String hour;

  @Inject
  @ConfigProperty(name = "parallax.reminders.minute", defaultValue = "*/15")
  String minute;

  @Inject
  @ConfigProperty(name = "parallax.reminders.second", defaultValue = "0")
  String second;

  @PostConstruct
  void schedule() {
    ScheduleExpression when = new ScheduleExpression().hour(hour).minute(minute).second(second);
    timers.createCalendarTimer(when, new TimerConfig("reminders", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ask() {
    run.today();
  }
}
