/**
 * Supervision sessions as a supervisor records them with one supervisee, and who may read them: the
 * recording supervisor reads everything, including the confidential notes (each read audited); the
 * supervisee and the school admin read the session without its notes.
 */
package io.parallax.ejb.supervision;
