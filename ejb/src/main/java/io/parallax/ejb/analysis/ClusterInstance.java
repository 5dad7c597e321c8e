package io.parallax.ejb.analysis;

import java.lang.management.ManagementFactory;

/**
 * The name this instance of a cluster gives itself in the records of once-per-cluster work (a
 * night's run, an export's lease): Payara's instance name if it has one, else the JVM's {@code
 * pid@host}.
 */
public final class ClusterInstance {

  private ClusterInstance() {}

  public static String name() {
    return System.getProperty(
        "payara.instance.name", ManagementFactory.getRuntimeMXBean().getName());
  }
}
