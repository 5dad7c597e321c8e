package io.parallax.web.school;

import io.parallax.domain.DomainRuleViolation;
import io.parallax.domain.school.MemberRole;
import io.parallax.domain.school.MemberState;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.school.MemberLifecycle;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The school admin's members page: who is in the school, invitations by e-mail (a Keycloak account
 * in the school's organization and an e-mail with a link to set a password), each member's state in
 * words, re-sending or cancelling an invitation, correcting a member's name, initial-training date
 * and roles, and deactivation.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Members members;
  @EJB transient MemberLifecycle lifecycle;

  private final ServiceTable<MemberSummary> table =
      new ServiceTable<>(listing -> members.page(listing), MemberSummary::id);
  private String email;
  private String firstName;
  private String lastName;
  private List<MemberRole> roles = List.of(MemberRole.TRAINEE);
  private LocalDate initialTrainingEndedOn;
  private MemberSummary editing;
  private String editedName;
  private LocalDate editedInitialTrainingEndedOn;
  private List<MemberRole> editedRoles;

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

  public void resend(MemberSummary member) {
    change(
        () -> lifecycle.resendInvitation(member.id(), member.version()), "members.resent", member);
  }

  public void cancelInvitation(MemberSummary member) {
    change(
        () -> lifecycle.cancelInvitation(member.id(), member.version()),
        "members.cancelled",
        member);
    if (editing != null && editing.id().equals(member.id())) {
      editing = null;
    }
  }

  /** Opens the member's name, initial-training date and roles for correction. */
  public void edit(MemberSummary member) {
    editing = member;
    editedName = member.displayName();
    editedInitialTrainingEndedOn = member.initialTrainingEndedOn();
    editedRoles = new ArrayList<>(member.roles());
  }

  public void closeEdit() {
    editing = null;
  }

  /**
   * Saves what changed: the correction first, then the roles (each at the version it was read;
   * after a refused role change the correction stays saved and the form shows the new version).
   */
  public void save() {
    boolean corrected =
        !Objects.equals(editedName, editing.displayName())
            || !Objects.equals(editedInitialTrainingEndedOn, editing.initialTrainingEndedOn());
    if (corrected) {
      MemberSummary saved =
          Messages.obtain(
              "edit-",
              () ->
                  lifecycle.correct(
                      editing.id(), editing.version(), editedName, editedInitialTrainingEndedOn));
      if (saved == null) {
        return;
      }
      editing = saved;
    }
    Set<MemberRole> chosen =
        editedRoles == null || editedRoles.isEmpty()
            ? EnumSet.noneOf(MemberRole.class)
            : EnumSet.copyOf(editedRoles);
    if (!chosen.equals(editing.roles())) {
      MemberSummary saved =
          Messages.obtain(
              "edit-", () -> lifecycle.changeRoles(editing.id(), editing.version(), chosen));
      if (saved == null) {
        return;
      }
      editing = saved;
    }
    Messages.info("members.saved", editing.displayName());
    editing = null;
  }

  private void change(Runnable change, String done, MemberSummary member) {
    if (Messages.attempt("members-", change)) {
      Messages.info(done, member.displayName(), member.email());
    }
  }

  /** The school's members, paged, filtered and sorted by the database. */
  public ServiceTable<MemberSummary> getMembers() {
    return table;
  }

  public MemberSummary getEditing() {
    return editing;
  }

  public String getEditedName() {
    return editedName;
  }

  public void setEditedName(String editedName) {
    this.editedName = editedName;
  }

  public LocalDate getEditedInitialTrainingEndedOn() {
    return editedInitialTrainingEndedOn;
  }

  public void setEditedInitialTrainingEndedOn(LocalDate editedInitialTrainingEndedOn) {
    this.editedInitialTrainingEndedOn = editedInitialTrainingEndedOn;
  }

  public List<MemberRole> getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(List<MemberRole> editedRoles) {
    this.editedRoles = editedRoles;
  }

  public MemberRole[] getRoleChoices() {
    return MemberRole.values();
  }

  /** The states the members table filters by (invited, invitation expired, active, deactivated). */
  public MemberState[] getStateChoices() {
    return MemberState.values();
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
