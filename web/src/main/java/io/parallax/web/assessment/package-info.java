/**
 * A supervisor's assessments, on pages and over REST: contracting grades and developmental-stage
 * assessments, revised while unsigned (If-Match), signed off, then corrected only by a new version
 * (a change of a signed-off one is 409), shared with the trainee. Pages: {@code
 * /supervisor/grade-contracting.xhtml} and {@code /supervisor/assess-stage.xhtml}. Services: {@code
 * io.parallax.ejb.assessment}.
 */
package io.parallax.web.assessment;
