package io.parallax.web.api;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.logging.Logger;

/**
 * Keeps the server's JAX-RS runtime (Jersey) the one {@link RuntimeDelegate} of the JVM. The WAR
 * carries RESTEasy for the Keycloak admin client, and the JAX-RS API would otherwise find
 * RESTEasy's delegate through the WAR's class loader, which then builds every {@code UriBuilder} of
 * the server (Jakarta Security's logout URL among them) the RESTEasy way.
 */
@WebListener
public class JaxRsRuntime implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(JaxRsRuntime.class.getName());
  private static final String JERSEY = "org.glassfish.jersey.internal.RuntimeDelegateImpl";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    try {
      Class<?> jersey = Class.forName(JERSEY, true, RuntimeDelegate.class.getClassLoader());
      RuntimeDelegate.setInstance((RuntimeDelegate) jersey.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | LinkageError e) {
      LOG.warning(() -> "Could not pin Jersey as the JAX-RS runtime: " + e);
    }
  }
}
