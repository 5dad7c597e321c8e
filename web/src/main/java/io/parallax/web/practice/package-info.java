/**
 * The trainee's own practice over REST, under {@code /api/v1/me}: their clients, engagement
 * contracts and client sessions, and their coaching log as CSV or XLSX. Every resource acts for the
 * caller only; another trainee's records answer 404.
 */
package io.parallax.web.practice;
