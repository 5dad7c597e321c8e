/**
 * A supervisor's assessments of the trainees assigned to them: contracting grades and developmental
 * stages, revised while unsigned, immutable once signed off, corrected by a new version. A trainee
 * reads only what was signed off and shared with them; a school admin reads all of the school's.
 */
package io.parallax.ejb.assessment;
