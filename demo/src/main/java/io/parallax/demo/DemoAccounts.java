package io.parallax.demo;

import io.parallax.domain.school.Person;
import io.parallax.ejb.identity.Invitee;
import io.parallax.ejb.identity.KeycloakDirectory;
import io.parallax.ejb.tenancy.SchoolBound;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives every member of the demo school a Keycloak account in the demo organization, with the
 * username of their demo subject (e.g. {@code demo-ada}) and the DEV-ONLY password {@code demo},
 * and links the member to it. Idempotent: members already linked are left alone.
 */
@Stateless
@SchoolBound
public class DemoAccounts {

  /** DEV ONLY: the password of every demo account; the demo school never exists in production. */
  static final String DEMO_PASSWORD = "parallax-demo";

  static final String UNLINKED_PREFIX = "demo-";

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject KeycloakDirectory directory;
  @Inject DemoPasswords passwords;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int link(String school, String schoolName) {
    List<Person> unlinked =
        em.createNamedQuery(Person.ALL, Person.class)
            .getResultStream()
            .filter(p -> p.subject().startsWith(UNLINKED_PREFIX))
            .toList();
    if (unlinked.isEmpty()) {
      return 0;
    }
    String organization =
        directory
            .organizationId(school)
            .orElseGet(() -> directory.createOrganization(school, schoolName));
    for (Person person : unlinked) {
      String username = person.subject();
      String account =
          directory
              .userIdByUsername(username)
              .orElseGet(() -> create(organization, username, person));
      passwords.set(account, DEMO_PASSWORD);
      person.linkAccount(account);
    }
    LOG.info(() -> "Linked " + unlinked.size() + " demo members to Keycloak accounts.");
    return unlinked.size();
  }

  private String create(String organization, String username, Person person) {
    String[] names = person.displayName().split(" ", 2);
    Invitee invitee = new Invitee(person.email(), names[0], names.length > 1 ? names[1] : "Demo");
    List<String> roles = new ArrayList<>();
    person.roles().forEach(role -> roles.add(role.name().toLowerCase().replace('_', '-')));
    return directory.createMember(organization, invitee, roles, username);
  }
}
