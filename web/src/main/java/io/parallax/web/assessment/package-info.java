/**
 * The assessment part of the REST API: contracting grades and developmental-stage assessments,
 * revised while unsigned (If-Match), signed off, then corrected only by a new version (a change of
 * a signed-off one is 409). Resources call {@code io.parallax.ejb.assessment.Assessments}.
 */
package io.parallax.web.assessment;
