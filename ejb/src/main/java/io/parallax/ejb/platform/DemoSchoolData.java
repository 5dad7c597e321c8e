package io.parallax.ejb.platform;

import io.parallax.ejb.school.Cohorts;
import io.parallax.ejb.school.Programs;
import io.parallax.ejb.school.Schools;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.UUID;

/** The demo school's records, written through the services in one transaction: all or none. */
@Stateless
public class DemoSchoolData {

  @EJB Schools schools;
  @EJB Programs programs;
  @EJB Cohorts cohorts;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Void write(String schoolId, LocalDate today) {
    schools.register(schoolId, "Demo Coaching School");
    UUID icf = programs.open("ICF Level 2", "ICF accredited coach training, PCC track");
    UUID emcc = programs.open("EMCC Practitioner", "EMCC Global Practitioner level");
    cohorts.open(icf, "ICF Level 2 – Autumn cohort", today.minusMonths(5), today.plusMonths(4));
    cohorts.open(
        emcc, "EMCC Practitioner – Spring cohort", today.minusMonths(1), today.plusMonths(9));
    return null;
  }
}
