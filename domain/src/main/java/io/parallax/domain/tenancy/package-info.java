/**
 * Which school a unit of work belongs to. Every school-owned entity carries Hibernate's
 * {@code @TenantId}; {@link io.parallax.domain.tenancy.SchoolTenantResolver} tells Hibernate the
 * school of the current unit of work from {@link io.parallax.domain.tenancy.CurrentSchool}, which
 * the EJB boundary binds from the caller. Hibernate fixes a session's tenant when a transaction
 * first touches it, so one unit of work never changes school halfway.
 */
package io.parallax.domain.tenancy;
