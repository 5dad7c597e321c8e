package io.parallax.ejb.reminder;

import io.parallax.ejb.accreditation.AccreditationReadiness;
import io.parallax.ejb.accreditation.CohortReadiness;
import io.parallax.ejb.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The readiness of a school's cohorts for the weekly digest, read through the readiness service as
 * a school admin would see it: the digest is what every school admin of that school may read. The
 * daily run has no caller, so this bean runs as the {@code school-admin} role under its own
 * principal ({@code parallax-reminders}, mapped in {@code payara-web.xml} and {@code
 * glassfish-ejb-jar.xml}); the school is the one the run bound, so it reads that school's cohorts
 * only. Only the reminder run calls it.
 */
@Stateless
@RunAs(Roles.SCHOOL_ADMIN)
@PermitAll
public class DigestReadiness {

  @EJB AccreditationReadiness readiness;

  /** Each cohort's readiness (those leading to no track answer an empty track). */
  public List<CohortReadiness> of(List<UUID> cohorts) {
    List<CohortReadiness> all = new ArrayList<>();
    for (UUID cohort : cohorts) {
      all.add(readiness.cohort(cohort));
    }
    return all;
  }
}
