/**
 * A trainee's own practice, on pages and over REST: logging a client session and its contracting
 * ({@code /trainee/log-session.xhtml}, {@code /api/v1/me/sessions}), their sessions, clients and
 * engagement contracts, and the progress dashboard with the coaching log (CSV or XLSX). Every page
 * and resource acts for the caller only; another trainee's records answer 404. Page texts are in
 * the {@code io.parallax.web.trainee} bundle ({@code tmsg}). Services: {@code
 * io.parallax.ejb.practice}.
 */
package io.parallax.web.practice;
