/**
 * Accreditation pages and API: a school admin's tracks (copied from the shipped ICF and EMCC
 * standards and adjusted), the track each program leads to, a cohort's readiness; a trainee's own
 * readiness with their mentor-coaching and CPD log and the periods they submit for approval; a
 * supervisor's submissions waiting for them ({@code /api/v1/accreditation/submissions}, {@code
 * supervisor/submissions.xhtml}).
 */
package io.parallax.web.accreditation;
