/**
 * The platform admin's side: the schools (tenants) of Parallax, onboarded, listed, suspended and
 * reactivated on {@code /platform/schools.xhtml} and at {@code /api/v1/schools}, and the readiness
 * check Payara serves at {@code /health}. Services: {@code io.parallax.ejb.school.Schools} and
 * {@code io.parallax.ejb.identity.Onboarding}.
 */
package io.parallax.web.platform;
