package io.parallax.ejb.privacy;

import io.parallax.domain.audit.AuditAction;
import io.parallax.domain.school.Person;
import io.parallax.ejb.audit.AuditEntry;
import io.parallax.ejb.audit.AuditLog;
import io.parallax.ejb.audit.AuditTrail;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Caller;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything Parallax holds about the calling member, as a ZIP of one JSON and one CSV file per
 * kind of record: their member record, enrolments and supervisor assignments, their clients
 * (pseudonymous codes), contracts and client sessions with their reflections, the supervision
 * sessions they were in (a supervisor's confidential notes and observations only in the sessions
 * they wrote themselves), the signed-off assessments about them, and who read or changed their
 * records. The download itself is audited.
 */
@Stateless
@SchoolBound
@DeclareRoles({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
public class DataExport {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject SchoolCalendar calendar;
  @EJB AuditLog auditLog;

  /** The caller's data as a ZIP file. */
  @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.SUPERVISOR, Roles.TRAINEE})
  public byte[] mine() {
    Person me = caller.requireMember();
    List<ExportTable> tables = tables(me);
    audit.record(AuditAction.EXPORT, me);
    return zip(tables);
  }

  /** The tables of {@code me}'s export, in the order of the ZIP. */
  List<ExportTable> tables(Person me) {
    List<ExportTable> tables = new ArrayList<>();
    tables.add(
        table(
            "member",
            "select p.id as id, p.displayName as name, p.email as email, p.roles as roles,"
                + " p.status as status, p.initialTrainingEndedOn as initialTrainingEndedOn"
                + " from Person p where p = :me",
            me));
    tables.add(
        table(
            "enrolments",
            "select e.id as id, c.name as cohort, c.program.name as program,"
                + " e.enrolledOn as enrolledOn from Enrolment e join e.cohort c"
                + " where e.trainee = :me order by e.enrolledOn",
            me));
    tables.add(
        table(
            "supervisor-assignments",
            "select a.id as id, a.supervisor.displayName as supervisor,"
                + " a.trainee.displayName as trainee, a.startsOn as startsOn, a.endsOn as endsOn"
                + " from SupervisorAssignment a where a.supervisor = :me or a.trainee = :me"
                + " order by a.startsOn",
            me));
    tables.add(
        table(
            "clients",
            "select c.id as id, c.code as code, c.paymentBasis as paymentBasis,"
                + " c.sponsored as sponsored from Client c where c.trainee = :me order by c.code",
            me));
    tables.add(
        table(
            "contracts",
            "select k.id as id, c.code as client, k.agreedOn as agreedOn,"
                + " k.administrative as administrative, k.professional as professional,"
                + " k.psychological as psychological, k.threeCornered as threeCornered,"
                + " k.sponsor as sponsor, k.integrity as integrity"
                + " from EngagementContract k join k.client c where c.trainee = :me"
                + " order by k.agreedOn",
            me));
    tables.add(table("practice-sessions", PRACTICE, me));
    tables.add(table("supervision-sessions", SUPERVISION, me));
    tables.add(table("contracting-assessments", CONTRACTING, me));
    tables.add(table("stage-assessments", STAGE, me));
    tables.add(reads(auditLog.of(me)));
    return tables;
  }

  private static final String PRACTICE =
      "select s.id as id, c.code as client, s.heldOn as heldOn, s.minutes as minutes,"
          + " s.paymentBasis as paymentBasis, s.ratings.focus as focus,"
          + " s.ratings.outcome as outcome, s.ratings.approach as approach,"
          + " s.ratings.participation as participation,"
          + " s.ratings.focusEvidence as focusEvidence,"
          + " s.ratings.outcomeEvidence as outcomeEvidence,"
          + " s.ratings.approachEvidence as approachEvidence,"
          + " s.ratings.participationEvidence as participationEvidence,"
          + " s.driftMarkers as driftMarkers, s.recontractingCount as recontractingCount,"
          + " s.recontractingNote as recontractingNote,"
          + " s.responsibilityShare as responsibilityShare, s.dramaRole as dramaRole,"
          + " s.reflection as reflection"
          + " from PracticeSession s join s.client c"
          + " where s.trainee = :me and s.deletedAt is null order by s.heldOn";

  private static final String SUPERVISION =
      "select s.id as id, s.heldOn as heldOn, s.minutes as minutes, s.format as format,"
          + " s.supervisor.displayName as supervisor, s.supervisee.displayName as supervisee,"
          + " s.ratings.focus as focus, s.ratings.outcome as outcome,"
          + " s.ratings.approach as approach, s.ratings.participation as participation,"
          + " s.driftMarkers as driftMarkers, s.sevenEyedModes as sevenEyedModes,"
          + " s.proctorBalance.normative as normative, s.proctorBalance.formative as formative,"
          + " s.proctorBalance.restorative as restorative, s.coreIssues as coreIssues,"
          + " s.parallelProcess.direction as parallelProcessDirection,"
          + " s.modelledContracting as modelledContracting,"
          + " case when s.supervisor = :me then s.parallelProcess.dynamic else null end"
          + " as parallelProcessDynamic,"
          + " case when s.supervisor = :me then s.notes else null end as notes"
          + " from SupervisionSession s where s.supervisee = :me or s.supervisor = :me"
          + " order by s.heldOn";

  private static final String CONTRACTING =
      "select a.id as id, a.assessedOn as assessedOn, a.supervisor.displayName as supervisor,"
          + " a.focusGrade as focus, a.outcomeGrade as outcome, a.approachGrade as approach,"
          + " a.participationGrade as participation, a.comment as comment,"
          + " a.signedOffAt as signedOffAt, a.versionNumber as versionNumber"
          + " from ContractingAssessment a where a.trainee = :me and a.signedOffAt is not null"
          + " order by a.assessedOn, a.versionNumber";

  private static final String STAGE =
      "select a.id as id, a.assessedOn as assessedOn, a.supervisor.displayName as supervisor,"
          + " a.domain as domain, a.level as level, a.subScores.awareness as awareness,"
          + " a.subScores.motivation as motivation, a.subScores.autonomy as autonomy,"
          + " a.rationale as rationale, a.suggestedStance as suggestedStance,"
          + " a.signedOffAt as signedOffAt, a.versionNumber as versionNumber"
          + " from StageAssessment a where a.trainee = :me and a.signedOffAt is not null"
          + " order by a.assessedOn, a.versionNumber";

  private ExportTable table(String name, String jpql, Person me) {
    List<Tuple> tuples = em.createQuery(jpql, Tuple.class).setParameter("me", me).getResultList();
    List<String> columns = aliases(jpql);
    List<List<Object>> rows = new ArrayList<>();
    for (Tuple tuple : tuples) {
      rows.add(new ArrayList<>(java.util.Arrays.asList(tuple.toArray())));
    }
    return new ExportTable(name, columns, rows);
  }

  /** The {@code as} aliases of a select clause. */
  static List<String> aliases(String jpql) {
    String select = jpql.substring(0, jpql.indexOf(" from "));
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher alias = java.util.regex.Pattern.compile(" as (\\w+)").matcher(select);
    while (alias.find()) {
      names.add(alias.group(1));
    }
    return names;
  }

  private static ExportTable reads(List<AuditEntry> entries) {
    List<List<Object>> rows = new ArrayList<>();
    for (AuditEntry e : entries) {
      List<Object> row = new ArrayList<>();
      row.add(e.occurredAt());
      row.add(e.actorName());
      row.add(e.action());
      row.add(e.kind() == null ? e.recordType() : e.kind());
      row.add(e.recordId());
      rows.add(row);
    }
    return new ExportTable(
        "record-access", List.of("occurredAt", "by", "action", "recordKind", "recordId"), rows);
  }

  static byte[] zip(List<ExportTable> tables) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
      for (ExportTable table : tables) {
        entry(zip, table.name() + ".json", table.json());
        entry(zip, table.name() + ".csv", table.csv());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
