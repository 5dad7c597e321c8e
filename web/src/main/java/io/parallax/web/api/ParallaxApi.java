package io.parallax.web.api;

import io.parallax.web.accreditation.AccreditationExportsResource;
import io.parallax.web.accreditation.AccreditationResource;
import io.parallax.web.accreditation.HourSubmissionsResource;
import io.parallax.web.analysis.ExportsResource;
import io.parallax.web.analysis.ReportsResource;
import io.parallax.web.assessment.ContractingAssessmentsResource;
import io.parallax.web.assessment.StageAssessmentsResource;
import io.parallax.web.audit.AuditCsvResource;
import io.parallax.web.audit.AuditResource;
import io.parallax.web.audit.MyAuditResource;
import io.parallax.web.audit.PlatformAuditResource;
import io.parallax.web.calibration.CalibrationResource;
import io.parallax.web.calibration.ClosedExercises;
import io.parallax.web.platform.SchoolsResource;
import io.parallax.web.practice.ClientsResource;
import io.parallax.web.practice.CoachingLogResource;
import io.parallax.web.practice.EngagementContractsResource;
import io.parallax.web.practice.PracticeSessionsResource;
import io.parallax.web.privacy.ErasureResource;
import io.parallax.web.privacy.MyDataResource;
import io.parallax.web.reminder.MyRemindersResource;
import io.parallax.web.reminder.ReminderSettingsResource;
import io.parallax.web.school.AssignmentsResource;
import io.parallax.web.school.CohortsResource;
import io.parallax.web.school.CoreIssueTypesResource;
import io.parallax.web.school.EnrolmentsResource;
import io.parallax.web.school.MembersResource;
import io.parallax.web.school.ProgramsResource;
import io.parallax.web.school.RosterImportsResource;
import io.parallax.web.school.ScalesResource;
import io.parallax.web.supervision.CaseloadResource;
import io.parallax.web.supervision.MySupervisionSessionsResource;
import io.parallax.web.supervision.SupervisionSessionsResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, versioned in its paths ({@code /api/v1/...}); JSON is JSON-B's, the server's
 * default. Its resources and providers are listed here rather than found by scanning: a node starts
 * faster, and the JAX-RS interfaces of libraries (the Keycloak admin client's) are not taken for
 * resources of this API. {@code ParallaxApiTest} fails when a {@code @Path} or {@code @Provider}
 * class of the web module is missing from the list.
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

  private static final Set<Class<?>> CLASSES =
      Set.of(
          // resources, by business area
          ClientsResource.class,
          CoachingLogResource.class,
          EngagementContractsResource.class,
          PracticeSessionsResource.class,
          CaseloadResource.class,
          SupervisionSessionsResource.class,
          ContractingAssessmentsResource.class,
          StageAssessmentsResource.class,
          CalibrationResource.class,
          AssignmentsResource.class,
          CohortsResource.class,
          MembersResource.class,
          ProgramsResource.class,
          ExportsResource.class,
          ReportsResource.class,
          SchoolsResource.class,
          AccreditationResource.class,
          HourSubmissionsResource.class,
          AccreditationExportsResource.class,
          RosterImportsResource.class,
          AuditResource.class,
          MyDataResource.class,
          ErasureResource.class,
          PlatformAuditResource.class,
          ScalesResource.class,
          MySupervisionSessionsResource.class,
          MyAuditResource.class,
          EnrolmentsResource.class,
          CoreIssueTypesResource.class,
          AuditCsvResource.class,
          MyRemindersResource.class,
          ReminderSettingsResource.class,
          // providers: JSON, parameters, filters and the problem+json answers of failures
          JsonBinding.class,
          IsoDates.class,
          RequestBodies.class,
          ProblemTitles.class,
          AccessRefusals.class,
          ConcurrentEdits.class,
          DirectoryFailures.class,
          DomainRuleViolations.class,
          Failures.class,
          HttpRefusals.class,
          InvalidFields.class,
          InvalidParameters.class,
          NoSuchRecords.class,
          NotAMembers.class,
          SignedOffAssessments.class,
          UnreadableBodies.class,
          VersionMismatches.class,
          ClosedExercises.class);

  @Override
  public Set<Class<?>> getClasses() {
    return CLASSES;
  }
}
