package io.parallax.web.callers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only caller: a school admin, Keycloak subject {@code alex-admin}, role {@code school-admin}.
 * Its principal and role are mapped in the test deployment (callers/glassfish-ejb-jar.xml,
 * callers/payara-web.xml); the services' own security checks run on every call made through it.
 */
@Stateless
@RunAs("school-admin")
@PermitAll
public class AsSchoolAdmin {

  public static final String SUBJECT = "alex-admin";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
