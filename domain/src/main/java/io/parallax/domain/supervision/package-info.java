/**
 * Supervision of trainee coaches: the sessions a supervisor records with a supervisee, how the
 * supervision itself was contracted, the cases discussed, the modes of the Hawkins &amp; Shohet
 * seven-eyed model visited, the balance of Proctor's normative, formative and restorative
 * functions, the core issues named and the parallel process observed. Set beside the supervisee's
 * client sessions, these records show when contracting trouble recurs between the two.
 */
package io.parallax.domain.supervision;
