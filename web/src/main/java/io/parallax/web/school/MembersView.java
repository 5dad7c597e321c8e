package io.parallax.web.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.MemberRole;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.school.MemberSummary;
import io.parallax.ejb.school.Members;
import io.parallax.web.Messages;
import io.parallax.web.ServiceTable;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The school admin's members page: who is in the school, invitations by e-mail (a Keycloak account
 * in the school's organization and an e-mail with a link to set a password), and deactivation.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Members members;

  private final ServiceTable<MemberSummary> table =
      new ServiceTable<>(listing -> members.page(listing), MemberSummary::id);
  private String email;
  private String firstName;
  private String lastName;
  private List<MemberRole> roles = List.of(MemberRole.TRAINEE);
  private LocalDate initialTrainingEndedOn;

  public void invite() {
    Invitee invitee =
        Messages.obtain(
            "invite-",
            () -> {
              if (roles == null || roles.isEmpty()) {
                throw new DomainRuleViolation(
                    "roles", Messages.text(Messages.COMMON, "members.roles.required"));
              }
              Invitee person =
                  new Invitee(email, firstName, lastName)
                      .inLanguageOf(FacesContext.getCurrentInstance().getViewRoot().getLocale());
              members.invite(
                  person,
                  roles == null || roles.isEmpty()
                      ? EnumSet.noneOf(MemberRole.class)
                      : EnumSet.copyOf(roles),
                  initialTrainingEndedOn);
              return person;
            });
    if (invitee != null) {
      Messages.info("members.invited", invitee.displayName(), invitee.email());
      email = firstName = lastName = null;
      initialTrainingEndedOn = null;
    }
  }

  public void deactivate(MemberSummary member) {
    change(() -> members.deactivate(member.id(), member.version()), "members.deactivated", member);
  }

  public void reactivate(MemberSummary member) {
    change(() -> members.reactivate(member.id(), member.version()), "members.reactivated", member);
  }

  private void change(Runnable change, String done, MemberSummary member) {
    if (Messages.attempt("members-", change)) {
      Messages.info(done, member.displayName());
    }
  }

  /** The school's members, paged, filtered and sorted by the database. */
  public ServiceTable<MemberSummary> getMembers() {
    return table;
  }

  public MemberRole[] getRoleChoices() {
    return MemberRole.values();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public List<MemberRole> getRoles() {
    return roles;
  }

  public void setRoles(List<MemberRole> roles) {
    this.roles = roles;
  }

  public LocalDate getInitialTrainingEndedOn() {
    return initialTrainingEndedOn;
  }

  public void setInitialTrainingEndedOn(LocalDate initialTrainingEndedOn) {
    this.initialTrainingEndedOn = initialTrainingEndedOn;
  }
}
