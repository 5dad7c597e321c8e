/**
 * The supervisor's pages: the caseload, recording a supervision session, grading contracting,
 * assessing the developmental stage, and one supervisee's timeline of stages and grades. Views are
 * named after the use case and call the EJB services; their texts are in the {@code
 * io.parallax.web.supervisor} bundle ({@code smsg}).
 */
package io.parallax.web.supervisor;
