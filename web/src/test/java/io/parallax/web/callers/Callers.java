package io.parallax.web.callers;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Adds the test callers and their principal and role mappings to a test deployment. */
public final class Callers {

  private Callers() {}

  public static WebArchive addTo(WebArchive war) {
    return war.addClasses(
            Callers.class,
            CallerSchools.class,
            CallerSchools.School.class,
            CallerProbe.class,
            AsSchoolAdmin.class,
            AsSupervisor.class,
            AsOtherSupervisor.class,
            AsTrainee.class,
            AsOtherTrainee.class)
        .addAsWebInfResource("callers/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
        .addAsWebInfResource("callers/payara-web.xml", "payara-web.xml");
  }
}
