/**
 * Supervision, on pages and over REST: a supervisor's caseload with each supervisee's
 * parallel-process signal, recording a supervision session ({@code
 * /supervisor/record-supervision.xhtml}, {@code /api/v1/supervision/sessions}) and one supervisee's
 * timeline of stages and grades. The caller comes from the container, never from a parameter. Page
 * texts are in the {@code io.parallax.web.supervisor} bundle ({@code smsg}). Services: {@code
 * io.parallax.ejb.supervision}.
 */
package io.parallax.web.supervision;
