package io.parallax.web.api;

import io.parallax.web.assessment.ContractingAssessmentsResource;
import io.parallax.web.assessment.StageAssessmentsResource;
import io.parallax.web.practice.ClientsResource;
import io.parallax.web.practice.CoachingLogResource;
import io.parallax.web.practice.EngagementContractsResource;
import io.parallax.web.practice.PracticeSessionsResource;
import io.parallax.web.reports.ExportsResource;
import io.parallax.web.reports.ReportsResource;
import io.parallax.web.school.AssignmentsResource;
import io.parallax.web.school.CohortsResource;
import io.parallax.web.school.MembersResource;
import io.parallax.web.school.ProgramsResource;
import io.parallax.web.school.SchoolsResource;
import io.parallax.web.supervision.CaseloadResource;
import io.parallax.web.supervision.SupervisionSessionsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
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
          VersionMismatches.class,
          DirectoryFailures.class,
          SignedOffAssessments.class,
          IsoDates.class,
          UnreadableBodies.class,
          HttpRefusals.class,
          Failures.class,
          RequestBodies.class);

  private static final Set<Class<?>> RESOURCES =
      Set.of(
          SchoolsResource.class,
          ProgramsResource.class,
          CohortsResource.class,
          MembersResource.class,
          AssignmentsResource.class,
          CaseloadResource.class,
          SupervisionSessionsResource.class,
          ContractingAssessmentsResource.class,
          StageAssessmentsResource.class,
          ClientsResource.class,
          EngagementContractsResource.class,
          PracticeSessionsResource.class,
          CoachingLogResource.class,
          ReportsResource.class,
          ExportsResource.class);

  /**
   * The JSON providers in the WAR's libraries (Jackson, from the Keycloak admin client) announce
   * themselves in META-INF/services; Jersey must not pick them up: JSON-B serves this API.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.disableMetainfServicesLookup", true);
  }

  @Override
  public Set<Class<?>> getClasses() {
    var classes = new HashSet<Class<?>>(PROVIDERS);
    classes.addAll(RESOURCES);
    return classes;
  }
}
