/**
 * The vocabulary of contracting shared by client sessions and supervision sessions: the four
 * elements (focus, outcome, approach, participation), how clearly each was contracted, and the
 * drift markers of a session that runs without a contract.
 */
package io.parallax.domain.contracting;
