package io.parallax.web.platform;

import io.parallax.ejb.platform.Database;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Parallax is ready only while its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @EJB Database database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.answers()).build();
  }
}
