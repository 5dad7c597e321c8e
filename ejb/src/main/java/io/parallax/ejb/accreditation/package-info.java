/**
 * Accreditation services: a school's tracks (copied from the shipped standards, adjusted, named by
 * programs), a trainee's mentor-coaching and CPD log, and readiness, a trainee's and a cohort's,
 * computed by {@link io.parallax.domain.accreditation.Readiness} from the hour entries gathered
 * here; supervisor approval of submitted periods ({@link
 * io.parallax.ejb.accreditation.HourSubmissions}) and the lock they put on a trainee's entries
 * ({@link io.parallax.ejb.accreditation.ApprovalLocks}).
 */
package io.parallax.ejb.accreditation;
