package io.parallax.web.platform;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.identity.Onboarding;
import io.parallax.ejb.school.SchoolSummary;
import io.parallax.ejb.school.Schools;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The platform admin's schools: the list with suspend / reactivate, and the onboarding form (school
 * id and name, first school admin), which creates everything or nothing.
 */
@Named
@ViewScoped
public class OnboardSchoolView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Schools schools;
  @EJB transient Onboarding onboarding;

  private final ServiceTable<SchoolSummary> table =
      new ServiceTable<>(listing -> schools.page(listing), SchoolSummary::id);
  private String id;
  private String name;
  private String adminEmail;
  private String adminFirstName;
  private String adminLastName;
  private String timeZone;

  public void onboard() {
    SchoolSummary school =
        Messages.obtain(
            "onboard-",
            () -> {
              try {
                return onboarding.onboard(
                    id,
                    name,
                    timeZone,
                    new Invitee(adminEmail, adminFirstName, adminLastName)
                        .inLanguageOf(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
              } catch (DomainRuleViolation e) {
                throw e.at(fieldOf(e.field()));
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                // a checked failure of the unit of work: the error page with its reference id
                throw new IllegalStateException("Onboarding " + id + " failed", e);
              }
            });
    if (school != null) {
      Messages.info("platform.onboarded", school.name(), adminEmail);
      id = name = adminEmail = adminFirstName = adminLastName = timeZone = null;
    }
  }

  public void suspend(SchoolSummary school) {
    if (Messages.attempt("", () -> schools.suspend(school.id(), school.version()))) {
      Messages.info("platform.suspended", school.name());
    }
  }

  public void reactivate(SchoolSummary school) {
    if (Messages.attempt("", () -> schools.reactivate(school.id(), school.version()))) {
      Messages.info("platform.reactivated", school.name());
    }
  }

  private static String fieldOf(String field) {
    return switch (field) {
      case "email" -> "adminEmail";
      case "firstName" -> "adminFirstName";
      case "lastName" -> "adminLastName";
      default -> field;
    };
  }

  /** Every school, paged, filtered and sorted by the database. */
  public ServiceTable<SchoolSummary> getSchools() {
    return table;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }

  public String getAdminFirstName() {
    return adminFirstName;
  }

  public void setAdminFirstName(String adminFirstName) {
    this.adminFirstName = adminFirstName;
  }

  public String getAdminLastName() {
    return adminLastName;
  }

  public void setAdminLastName(String adminLastName) {
    this.adminLastName = adminLastName;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
