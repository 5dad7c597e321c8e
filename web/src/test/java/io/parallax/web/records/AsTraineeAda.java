package io.parallax.web.records;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Test-only caller: runs as the trainee whose Keycloak subject is {@code ada-subject} (principal
 * and role mapped in the test deployment's glassfish-ejb-jar.xml and payara-web.xml). Tests call
 * services through beans like this one, so the services' own security checks always run.
 */
@Stateless
@RunAs("trainee")
@PermitAll
public class AsTraineeAda {
  @EJB CallerProbe who;

  public String trainee() {
    return who.trainee();
  }

  public String supervisor() {
    return who.supervisor();
  }
}
