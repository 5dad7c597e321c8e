package io.parallax.web.callers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only caller: another trainee coach of the same school, Keycloak subject {@code ben-trainee},
 * role {@code trainee}. Its principal and role are mapped in the test deployment
 * (callers/glassfish-ejb-jar.xml, callers/payara-web.xml); the services' own security checks run on
 * every call made through it.
 */
@Stateless
@RunAs("trainee")
@PermitAll
public class AsOtherTrainee {

  public static final String SUBJECT = "ben-trainee";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
