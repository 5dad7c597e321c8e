package io.parallax.web.api;

import io.parallax.web.reports.ExportsResource;
import io.parallax.web.reports.ReportsResource;
import io.parallax.web.school.CohortsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, versioned in its paths ({@code /api/v1/...}).
 *
 * <p>Resources and providers are listed here rather than scanned: the Keycloak admin client in the
 * WAR carries RESTEasy, whose {@code @Provider} classes would otherwise be picked up by Payara's
 * Jersey and take over JSON handling. Add every new resource and mapper to {@link #getClasses()}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Parallax API",
            version = "1",
            description =
                "Contracting practice, supervision and parallel process for coaching schools."))
public class ParallaxApi extends Application {

  private static final Set<Class<?>> PROVIDERS =
      Set.of(
          DomainRuleViolations.class,
          ConcurrentEdits.class,
          NoSuchRecords.class,
          NotAMembers.class,
          AccessRefusals.class,
          InvalidFields.class,
          InvalidParameters.class,
          VersionMismatches.class);

  private static final Set<Class<?>> RESOURCES =
      Set.of(CohortsResource.class, ReportsResource.class, ExportsResource.class);

  @Override
  public Set<Class<?>> getClasses() {
    var classes = new HashSet<Class<?>>(PROVIDERS);
    classes.addAll(RESOURCES);
    return classes;
  }
}
