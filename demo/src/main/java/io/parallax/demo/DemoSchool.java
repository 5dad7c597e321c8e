package io.parallax.demo;

import io.parallax.domain.tenancy.CurrentSchool;
import io.parallax.ejb.identity.DirectoryUnavailable;
import io.parallax.ejb.platform.Database;
import io.parallax.ejb.school.Schools;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds a demo school on the first start of the embedded default, so that a fresh {@code ./run.sh}
 * shows something real. It never runs on a server database (production, tests on PostgreSQL) unless
 * {@code parallax.demo-school.server-database} says so: {@code ./run.sh --nodes N} sets it for the
 * throw-away PostgreSQL it starts itself, and starts the first node alone, so one node seeds. A
 * second start finds the school and leaves everything as it is.
 */
@Singleton
@Startup
public class DemoSchool {

  public static final String ID = "demo";

  private static final Logger LOG = Logger.getLogger(DemoSchool.class.getName());

  @EJB Database database;
  @EJB Schools schools;
  @EJB DemoSchoolData data;
  @EJB DemoAccounts accounts;

  @Inject
  @ConfigProperty(name = "parallax.demo-school", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "parallax.demo-school.server-database", defaultValue = "false")
  boolean onServerDatabase;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seedOnFirstStart() {
    try {
      if (enabled && (onServerDatabase || database.isEmbedded()) && !schools.exists(ID)) {
        CurrentSchool.callAs(ID, () -> data.write(ID, LocalDate.now()));
        LOG.info("Seeded the demo school '" + ID + "'.");
      }
      if (enabled && schools.exists(ID)) {
        linkAccounts();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not seed the demo school", e);
    }
  }

  /** Without Keycloak the demo school still serves its data; only its logins are missing. */
  private void linkAccounts() throws Exception {
    try {
      CurrentSchool.callAs(ID, () -> accounts.link(ID, "Demo Coaching School"));
    } catch (DirectoryUnavailable e) {
      LOG.warning("The demo school's logins are not set up: " + e.getMessage());
    }
  }
}
