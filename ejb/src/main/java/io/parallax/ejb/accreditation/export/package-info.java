/**
 * What a trainee hands to the credentialing body, and a school admin's cohort readiness as a file:
 * the ICF client coaching log (XLSX, CSV; client codes only, the name and contact columns left for
 * the coach to fill in outside Parallax), the EMCC-style portfolio summary (PDF) and the cohort
 * readiness table (XLSX, CSV). Pure builders here, figures in and bytes out through the shared
 * writers of {@code analysis.export}; {@link
 * io.parallax.ejb.accreditation.export.AccreditationExports} gathers the figures and audits each
 * download.
 */
package io.parallax.ejb.accreditation.export;
