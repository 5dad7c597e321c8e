package io.parallax.web.callers;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only caller: a second supervisor, Keycloak subject {@code kit-supervisor}, role {@code
 * supervisor}. Its principal and role are mapped in the test deployment
 * (callers/glassfish-ejb-jar.xml, callers/payara-web.xml); the services' own security checks run on
 * every call made through it.
 */
@Stateless
@RunAs("supervisor")
@PermitAll
public class AsOtherSupervisor {

  public static final String SUBJECT = "kit-supervisor";

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
