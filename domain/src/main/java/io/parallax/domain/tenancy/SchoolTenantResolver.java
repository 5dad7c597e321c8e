package io.parallax.domain.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which school a new session works for. Hibernate creates this class by reflection
 * (property {@code hibernate.tenant_identifier_resolver}), so it reads the thread's binding rather
 * than anything injected. With no school bound, it answers {@link #NO_SCHOOL}: a tenant that owns
 * no rows, so an unbound unit of work reads nothing and cannot write (the school foreign key
 * refuses it). It fails closed.
 */
public class SchoolTenantResolver implements CurrentTenantIdentifierResolver<String> {

  /** The tenant of work that was not bound to a school. No school can have this id. */
  public static final String NO_SCHOOL = "-";

  @Override
  public String resolveCurrentTenantIdentifier() {
    return CurrentSchool.id().orElse(NO_SCHOOL);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
