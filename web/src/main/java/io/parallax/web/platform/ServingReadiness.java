package io.parallax.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServlet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Parallax is ready only once it serves pages and the API: the health checks exist as soon as CDI
 * does, before the Faces and JAX-RS servlets have started. {@link Gate}, the servlet started last
 * ({@code web.xml}, load-on-startup after theirs, no URL), opens readiness when its turn comes.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

  private static final AtomicBoolean SERVING = new AtomicBoolean();

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("serving").status(SERVING.get()).build();
  }

  /** Started after every other servlet of the application; serves nothing. */
  public static class Gate extends HttpServlet {
    @Override
    public void init() {
      SERVING.set(true);
    }

    @Override
    public void destroy() {
      SERVING.set(false);
    }
  }
}
