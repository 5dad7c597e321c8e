package io.parallax.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * How many nodes this node sees in its Payara data grid ({@code /health}, check "cluster"): a node
 * that leaves the cluster shows as one member fewer on the others. Always UP: a node alone still
 * serves. Payara binds its Hazelcast instance in JNDI ({@code payara/Hazelcast}); its API is not on
 * the build path, so the member count is read reflectively; without clustering it reports 1.
 */
@Liveness
@ApplicationScoped
public class ClusterHealth implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("cluster").up().withData("members", members()).build();
  }

  private static long members() {
    try {
      Object grid = new InitialContext().lookup("payara/Hazelcast");
      Object cluster = grid.getClass().getMethod("getCluster").invoke(grid);
      Object members = cluster.getClass().getMethod("getMembers").invoke(cluster);
      return ((java.util.Collection<?>) members).size();
    } catch (NamingException | ReflectiveOperationException | RuntimeException alone) {
      return 1;
    }
  }
}
