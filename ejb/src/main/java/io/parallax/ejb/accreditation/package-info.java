/**
 * Accreditation services: a school's tracks (copied from the shipped standards, adjusted, named by
 * programs), a trainee's mentor-coaching and CPD log, and readiness, a trainee's and a cohort's,
 * computed by {@link io.parallax.domain.accreditation.Readiness} from the hour entries gathered
 * here.
 */
package io.parallax.ejb.accreditation;
