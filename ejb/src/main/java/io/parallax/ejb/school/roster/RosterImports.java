package io.parallax.ejb.school.roster;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.CohortStatus;
import io.parallax.domain.school.Person;
import io.parallax.domain.school.PersonStatus;
import io.parallax.ejb.NoSuchRecord;
import io.parallax.ejb.identity.DirectoryUnavailable;
import io.parallax.ejb.school.SchoolCalendar;
import io.parallax.ejb.security.Roles;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A school admin's import of trainees and supervisors from a CSV or XLSX file: first a preview that
 * shows each row's problems at its cells and changes nothing, then the import of the good rows, one
 * transaction per row ({@link RosterRows}), so that one refused row (Keycloak down, a rule broken
 * in the meantime) leaves the others imported and itself not half-created.
 */
@Stateless
@SchoolBound
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class RosterImports {

  private static final Logger LOG = Logger.getLogger(RosterImports.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SchoolCalendar calendar;
  @EJB RosterRows rows;

  /** The file's rows and their problems; refuses a file that cannot be read. Writes nothing. */
  public RosterPreview preview(byte[] file) {
    RosterSheet sheet = RosterFiles.read(file);
    return new RosterPreview(sheet.columns(), sheet.ignored(), check().check(sheet));
  }

  /**
   * Checks the file and imports its good rows, all at once ({@code language}: the invitations').
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RosterReport importFile(byte[] file, String language) {
    RosterPreview preview = preview(file);
    List<RosterOutcome> outcomes = new ArrayList<>();
    for (RosterEntry entry : preview.queue()) {
      outcomes.add(importRow(entry, language));
    }
    return new RosterReport(preview, outcomes);
  }

  /**
   * Imports one good row of a preview in its own transaction; a refusal is reported, not thrown
   * (the page imports row by row to show its progress).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RosterOutcome importRow(RosterEntry entry, String language) {
    try {
      return rows.apply(entry, language);
    } catch (DomainRuleViolation broken) {
      return RosterOutcome.refused(
          entry, broken.key(), broken.arguments().stream().map(a -> (Serializable) a).toList());
    } catch (NoSuchRecord missing) {
      return RosterOutcome.refused(entry, "roster.row.missing", List.of());
    } catch (DirectoryUnavailable keycloak) {
      LOG.log(Level.WARNING, "Import row {0}: Keycloak failed", entry.row());
      return RosterOutcome.refused(entry, "roster.row.directory", List.of());
    } catch (EJBAccessException refused) {
      throw refused;
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Import row " + entry.row() + " failed", failed);
      return RosterOutcome.refused(entry, "roster.row.failed", List.of());
    }
  }

  /** The check against the school as it is now: its members by e-mail and its open cohorts. */
  private RosterCheck check() {
    Map<String, KnownMember> members = new HashMap<>();
    em.createQuery("select p from Person p", Person.class)
        .getResultStream()
        .forEach(
            p ->
                members.put(
                    p.email(),
                    new KnownMember(p.email(), p.roles(), p.status() != PersonStatus.DEACTIVATED)));
    List<String> cohorts =
        em.createQuery("select c.name from Cohort c where c.status = :open", String.class)
            .setParameter("open", CohortStatus.OPEN)
            .getResultList();
    return new RosterCheck(members, cohorts, calendar.today());
  }
}
