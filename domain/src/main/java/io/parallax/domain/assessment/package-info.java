/**
 * How a supervisor assesses a trainee coach: the school's taxonomy of core issues, the
 * developmental scale it places trainees on (by default Stoltenberg &amp; Delworth's Integrated
 * Developmental Model), the 1–5 grades of a trainee's contracting skill and the developmental stage
 * per domain. An assessment is signed off, then never changes: a correction is a new version linked
 * to the one it corrects, so the history of what was said stays readable.
 */
package io.parallax.domain.assessment;
