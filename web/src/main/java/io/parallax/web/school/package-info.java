/**
 * A school's own set-up, for its school admins, on pages ({@code /school/...}) and over REST:
 * programs, cohorts, members and their invitations, and supervisor assignments. Services: {@code
 * io.parallax.ejb.school} and {@code io.parallax.ejb.identity}.
 */
package io.parallax.web.school;
